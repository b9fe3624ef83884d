package dev.streamt.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a Quarkus test that {@link KafkaResource} fills with its running broker. The field's type must be
 * {@link KafkaBroker} (or the implementation the resource runs, or a supertype such as {@code AutoCloseable}).
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true)
 * class OrdersTest {
 *     @InjectKafkaBroker
 *     KafkaBroker broker;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectKafkaBroker {
}
