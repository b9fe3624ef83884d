package dev.streamt.compiler.core.project.runtime;

/**
 * {@code runtime.conduktor.gateway}: {@code admin_url}, {@code proxy_bootstrap}, {@code username}, {@code password},
 * {@code virtual_cluster}.
 */
public record GatewayConfig(String adminUrl, String proxyBootstrap, String username, String password,
        String virtualCluster) {
}
