/**
 * The rules stage of the compiler: checks of the analysed project that need more than one definition at a time, run
 * after planning and artifact generation and before the manifest is written. Plain Java, no framework types.
 *
 * <p>{@link dev.streamt.compiler.core.rules.ProjectRules#all()} lists every
 * {@link dev.streamt.compiler.core.rules.ProjectRule}; the compiler runs them all on one
 * {@link dev.streamt.compiler.core.rules.RuleContext} (the {@code ProjectPlan} and the generated {@code Artifacts})
 * and reports everything found in one pass. Each rule is one small stateless class:
 * <ul>
 * <li>governance ({@code rules} block): the topic rules look at every topic artifact, so defaults are applied, and
 * report at the setting that gave the value (the model's {@code advanced.topic.*}, else the {@code defaults} entry,
 * else the model); the model, source and security rules look at the definitions. Each violation is an error, or a
 * warning when its rule block sets {@code severity: warning};</li>
 * <li>runtime and materialization: FLINK_REQUIRED, CONFLUENT_FLINK_REQUIRED, GATEWAY_REQUIRED,
 * NO_PROCESSING_RUNTIME, AMBIGUOUS_MATERIALIZATION, MISSING_SINK_CONFIG, INVALID_STATE_TTL / STATE_TTL_TOO_SHORT;</li>
 * <li>references: ACCESS_DENIED, TEST_MODEL_NOT_FOUND, DLQ_MODEL_NOT_FOUND, EXPOSURE_*_NOT_FOUND (with "Did you
 * mean"), UNUSED_FROM_SOURCE / UNUSED_FROM_REF;</li>
 * <li>tests, ML and promises streamt cannot keep: CONTINUOUS_TEST_REQUIRES_FLINK, SAMPLE_SIZE_IGNORED,
 * ML_PREDICT_OPAQUE_OUTPUT, SECURITY_POLICIES_NOT_ENFORCED, SLA_NOT_ENFORCED.</li>
 * </ul>
 * What the loader reports (syntax, unknown fields, invalid values, duplicates, missing topics, undeclared Flink
 * clusters, invalid naming patterns), what the planner reports (SOURCE_NOT_FOUND, MODEL_NOT_FOUND, CYCLE_DETECTED,
 * Jinja and SQL problems, ACCESS_DENIED for another project's model) and what the artifact stage reports (an unknown
 * connector type, a mask on a column hidden behind {@code *}) is not reported again here: a rule skips values the
 * earlier stages left unset, and says nothing about a model's runtime when its SQL did not analyse cleanly (the
 * planner's materialization is then a placeholder).
 */
package dev.streamt.compiler.core.rules;
