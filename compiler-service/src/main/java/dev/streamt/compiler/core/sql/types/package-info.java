/**
 * Flink SQL types ({@link dev.streamt.compiler.core.sql.types.FlinkType}): parsed from and formatted to Flink's
 * syntax, and the rules that type operators and functions (numeric widening, decimal precision, nullability).
 * Immutable and stateless.
 */
package dev.streamt.compiler.core.sql.types;
