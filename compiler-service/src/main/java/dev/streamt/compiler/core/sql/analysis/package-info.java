/**
 * What one SQL analysis is given (the schemas of its inputs: {@link
 * dev.streamt.compiler.core.sql.analysis.InputCatalog}) and what it returns ({@link
 * dev.streamt.compiler.core.sql.analysis.SqlAnalysis}: output columns, lineage, features, the materialization hint,
 * problems). Immutable records; the only types of the SQL stage the rest of the compiler reads.
 */
package dev.streamt.compiler.core.sql.analysis;
