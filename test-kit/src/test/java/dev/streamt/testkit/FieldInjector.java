package dev.streamt.testkit;

import java.lang.reflect.Field;
import java.util.function.Predicate;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager.TestInjector;

/** Does what Quarkus' injector does for a test instance, so resources can be checked without booting Quarkus. */
final class FieldInjector implements TestInjector {

    private final Object target;

    FieldInjector(Object target) {
        this.target = target;
    }

    @Override
    public void injectIntoFields(Object fieldValue, Predicate<Field> predicate) {
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (predicate.test(field)) {
                    try {
                        field.setAccessible(true);
                        field.set(target, fieldValue);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
