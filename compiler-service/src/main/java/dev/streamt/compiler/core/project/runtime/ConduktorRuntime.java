package dev.streamt.compiler.core.project.runtime;

/** {@code runtime.conduktor}: the {@code gateway} (required for {@code virtual_topic}) and the {@code console}. */
public record ConduktorRuntime(GatewayConfig gateway, ConsoleConfig console) {
}
