package dev.streamt.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a contract field that may be {@code null} on the wire, meaning "unknown" or "not applicable" (for example the
 * line of a diagnostic without a position, or the environment of a project that has none). Every field of a contract
 * record without this mark is required and never {@code null}; collections are never {@code null} (empty instead).
 * The JSON Schemas of the contracts are generated from these marks.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Nullable {
}
