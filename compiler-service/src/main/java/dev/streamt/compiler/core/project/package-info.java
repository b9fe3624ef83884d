/**
 * The project model: what a project declares, typed and validated, each definition carrying where it was written
 * ({@link dev.streamt.compiler.core.project.Located}, {@link dev.streamt.compiler.core.project.Span},
 * {@link dev.streamt.compiler.core.project.Positions}) so later stages report problems at the YAML line. SQL texts
 * keep the layout of their characters in the file ({@link dev.streamt.compiler.core.project.SqlText},
 * {@link dev.streamt.compiler.core.project.TextLayout}). The runtime targets are in
 * {@link dev.streamt.compiler.core.project.runtime}, rules and policies in
 * {@link dev.streamt.compiler.core.project.policy}; reading the files into this model is
 * {@link dev.streamt.compiler.core.project.load}. Immutable records, plain Java.
 */
package dev.streamt.compiler.core.project;
