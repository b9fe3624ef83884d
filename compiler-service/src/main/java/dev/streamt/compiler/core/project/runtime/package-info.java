/**
 * The runtime targets a project names ({@code runtime:} of stream_project.yml and of its environments): Kafka, the
 * schema registry, Flink and Connect clusters, the Conduktor gateway and console. Immutable records; {@code ${VAR}}
 * placeholders are kept as written.
 */
package dev.streamt.compiler.core.project.runtime;
