package dev.streamt.compiler.core.project.runtime;

import dev.streamt.compiler.core.project.Immutable;


/** {@code runtime.schema_registry}: {@code url} (required), {@code username}, {@code password}. */
public record SchemaRegistry(String url, String username, String password) {

    public SchemaRegistry {
        Immutable.name(url, "runtime.schema_registry.url");
    }
}
