package dev.streamt.compiler.core.sql;

/**
 * An identifier resolved to a column of a FROM-clause entry; {@code consumed} name components were used (1 for
 * {@code col}, 2 for {@code alias.col}); the rest is a ROW field path. Immutable.
 */
record Resolved(Scope.Entry entry, RelColumn column, int consumed) {
}
