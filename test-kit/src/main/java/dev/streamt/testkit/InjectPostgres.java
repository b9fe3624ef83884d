package dev.streamt.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of type {@link EmbeddedPostgresDatabase} in a Quarkus test that {@link PostgresResource} fills with
 * its running server.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
 * class LineageStoreTest {
 *     @InjectPostgres
 *     EmbeddedPostgresDatabase postgres;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectPostgres {
}
