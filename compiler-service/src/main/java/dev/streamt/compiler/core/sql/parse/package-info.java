/**
 * Parsing Flink SQL with Flink's own parser: the facade ({@link dev.streamt.compiler.core.sql.parse.FlinkSql}),
 * syntax errors as values, the check of generated statements, and the lenient re-parse that quotes a word Flink
 * reserves (with the map from positions in the quoted SQL back to the SQL as written). Stateless and thread-safe.
 */
package dev.streamt.compiler.core.sql.parse;
