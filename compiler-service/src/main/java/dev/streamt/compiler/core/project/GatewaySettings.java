package dev.streamt.compiler.core.project;

/**
 * A model's gateway settings ({@code advanced.gateway.virtual_topic} or the streamt CLI's {@code gateway.virtual_topic}):
 * present when a virtual topic was declared; {@code virtualTopicName} is null when no name was given.
 */
public record GatewaySettings(String virtualTopicName) {
}
