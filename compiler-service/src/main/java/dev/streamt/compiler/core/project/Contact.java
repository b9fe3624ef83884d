package dev.streamt.compiler.core.project;

import java.util.Objects;

/** A contact of an exposure ({@code contacts[]}): {@code name} (required), {@code email}, {@code slack}. */
public record Contact(String name, String email, String slack, Span span) {

    public Contact {
        Immutable.name(name, "contact name");
        Objects.requireNonNull(span, "span");
    }
}
