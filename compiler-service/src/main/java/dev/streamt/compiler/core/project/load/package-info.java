/**
 * Reading a project: the first stage of the compiler. Plain Java, no framework types. The YAML reading
 * ({@code YamlReader}, {@code YamlEntry}/{@code YamlItem}, {@code Scalars}, {@code ScalarMapper}, {@code SourceFile}),
 * one binder per block ({@code ProjectBlockBinder}, {@code SourceBinder}, {@code ModelBinder}, {@code TestBinder},
 * {@code ExposureBinder}, {@code RuntimeBinder}, ...) and the checks across blocks ({@code DefinitionCollector},
 * {@code NodeMerger}, {@code ReferenceChecks}) are package-private; what they produce is the model of
 * {@link dev.streamt.compiler.core.project}.
 *
 * <p>{@link dev.streamt.compiler.core.project.load.ProjectLoader#load} takes the uploaded
 * {@link dev.streamt.compiler.core.project.load.ProjectFiles} (relative path to bytes), the environment to compile for and
 * the request's var overrides, and gives a {@link dev.streamt.compiler.core.project.load.LoadResult}: the typed
 * {@link dev.streamt.compiler.core.project.ProjectDefinition} and the diagnostics found on the way. The stage:
 * <ol>
 * <li>chooses the files: {@code stream_project.yml}, every {@code *.yml}/{@code *.yaml} under {@code sources/},
 * {@code models/}, {@code tests/}, {@code exposures/} (merged in path order) and {@code environments/<env>.yml}
 * ({@code ENVIRONMENT_REQUIRED} / {@code ENVIRONMENT_NOT_FOUND});</li>
 * <li>decodes each as strict UTF-8 and composes it with snakeyaml-engine under bounds (file size, aliases, nesting
 * depth checked on the event stream, alias expansion, no recursive aliases), so hostile input costs bounded time and
 * memory and ends as a {@code YAML_SYNTAX_ERROR} or {@code INVALID_VALUE}, never an exception;</li>
 * <li>reads every block strictly against the project language (DSL.md): unknown keys are {@code UNKNOWN_FIELD} with
 * "Did you mean", wrong types, enum values, patterns and durations are {@code INVALID_VALUE}; the shorthand and
 * streamt CLI forms ({@code topic}/{@code flink}/{@code connector} on a model, {@code sink}, {@code gateway},
 * {@code security.policies}, {@code on_failure{severity, actions}}, {@code dlq{model}}, {@code ml_outputs} columns,
 * {@code from} lists, freshness in seconds) become one model form;</li>
 * <li>overlays the environment's {@code runtime} and {@code vars}, then the overrides; keeps {@code ${VAR}}
 * placeholders verbatim and collects their names;</li>
 * <li>reports duplicates ({@code DUPLICATE_SOURCE/MODEL/TEST/EXPOSURE}) and sources without topic
 * ({@code MISSING_TOPIC}).</li>
 * </ol>
 * Every definition carries its {@link dev.streamt.compiler.core.project.Positions} (see
 * {@link dev.streamt.compiler.core.project.Located#spanOf}), and SQL texts carry the mapping from a position inside
 * the text to the YAML file ({@link dev.streamt.compiler.core.project.SqlText#positionOf}), so that later stages
 * (Jinja, SQL analysis, DAG, rules) report their problems at the exact YAML line.
 */
package dev.streamt.compiler.core.project.load;
