/**
 * The artifact stage of the compiler: from the analysed project ({@link dev.streamt.compiler.core.plan.ProjectPlan})
 * to the manifest's {@link dev.streamt.contracts.manifest.Artifacts}, with one small generator per artifact kind.
 *
 * <ul>
 *   <li>{@link dev.streamt.compiler.core.artifacts.ArtifactGenerator} — the entry point.</li>
 *   <li>Tables: every source and model topic as Flink sees it ({@code KafkaTable}: columns, encoding, watermark,
 *       primary key), computed once in dependency order ({@code TableCatalog}, {@code SourceTables},
 *       {@code ModelOutputs}), rendered as {@code CREATE TABLE} ({@code TableDdl}).</li>
 *   <li>Flink jobs of models ({@code ModelJobs}, {@code JobSettings}, {@code FlinkMasking}, {@code PrimaryKeys})
 *       and of continuous tests ({@code TestJobs}, {@code RowChecks}, {@code WindowChecks},
 *       {@code CustomSqlCheck}, writing to {@code _streamt_test_failures} as {@code FailureTable} describes).</li>
 *   <li>Topics ({@code TopicArtifacts}), connectors ({@code ConnectorArtifacts}, {@code ConnectMasking}), gateway
 *       rules ({@code GatewayRules}) and schemas ({@code SchemaArtifacts}, {@code AvroSchemas}).</li>
 *   <li>SQL text: identifiers are always backticked and values quoted ({@code Sql}); a small lexer
 *       ({@code SqlTokens}, {@code QueryClauses}) reads the top-level clauses of already-analysed queries, and
 *       {@code StatementVerifier} checks every generated statement with Flink's parser.</li>
 * </ul>
 *
 * <p>Plain Java without framework types. Everything here is immutable or stateless and thread-safe.
 */
package dev.streamt.compiler.core.artifacts;
