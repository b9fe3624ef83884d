/**
 * What a project asks of itself and of its environments: the {@code rules:} block (topics, models, sources,
 * security), column access and masking policies, and an environment's safety (approvals, destructive changes).
 * Immutable records, checked by {@code core.rules}.
 */
package dev.streamt.compiler.core.project.policy;
