/**
 * The SQL stage of the compiler: everything the compiler learns from a model's Flink SQL, decided on the tree parsed by
 * Flink's own parser (never by regular expressions).
 *
 * <ul>
 *   <li>{@link dev.streamt.compiler.core.sql.parse.FlinkSql} — the shared parser facade (flink-sql-parser on Calcite, as
 *       Flink's planner configures it); syntax errors are values ({@link dev.streamt.compiler.core.sql.parse.SqlSyntaxError})
 *       with a 1-based position inside the SQL and a short message.</li>
 *   <li>{@link dev.streamt.compiler.core.sql.parse.FlinkStatementCheck} — asserts that each statement the artifact generator
 *       emits (SET, CREATE TABLE, INSERT INTO ... SELECT) parses.</li>
 *   <li>{@link dev.streamt.compiler.core.sql.SqlAnalyzer} — analyzes one rendered model query against an
 *       {@link dev.streamt.compiler.core.sql.analysis.InputCatalog} (the already-computed schemas of its inputs, in DAG order)
 *       and returns a {@link dev.streamt.compiler.core.sql.analysis.SqlAnalysis}: tables and columns read, stateful features
 *       and the {@link dev.streamt.compiler.core.sql.analysis.MaterializationHint}, whether the result is updating, output
 *       columns with inferred {@link dev.streamt.compiler.core.sql.types.FlinkType}s and column lineage, problems
 *       (UNKNOWN_COLUMN, SQL_NO_FROM, ...), unused inputs and ML model calls.</li>
 * </ul>
 *
 * <p>Sub-packages: {@code parse} (the parser facade, the lenient re-parse of reserved words and the position map
 * between the two), {@code types} (Flink's types, their parser and formatter, the type rules of operators and
 * functions) and {@code analysis} (what an analysis is given and what it returns). This package holds the walkers.
 *
 * <p>One analysis is one parse and one walk of the tree (linear in the SQL size). Only when the parse fails on a word
 * Flink reserves beyond standard SQL used as an identifier ({@code SELECT 1 AS one}) is the word quoted and the SQL
 * parsed again ({@code SqlAnalysis.sql()} is then the SQL to run). A query walker computes the
 * relation of each query node (SELECT, WITH, set operations, VALUES), a FROM resolver builds scopes and classifies
 * joins, an expression typer types expressions table-driven and collects lineage, and a feature detector gathers
 * what the walk meets. The compiler (Jinja rendering, DAG, materialization decision, artifacts, manifest) lives
 * elsewhere and uses only the public types of this package. Everything public here is immutable or stateless and
 * thread-safe; internal walkers are confined to one analysis.
 */
package dev.streamt.compiler.core.sql;
