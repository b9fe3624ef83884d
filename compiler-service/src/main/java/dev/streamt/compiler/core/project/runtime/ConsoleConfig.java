package dev.streamt.compiler.core.project.runtime;

/** {@code runtime.conduktor.console}: {@code url}, {@code api_key}. */
public record ConsoleConfig(String url, String apiKey) {
}
