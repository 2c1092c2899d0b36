package io.dotportion.server.metrics;

/**
 * Where {@code GET /metrics} is served and who may read it. {@code token} (null: none) is a bearer token a
 * scraper must send ({@code --metrics-token}, {@code DOTPORTION_METRICS_TOKEN}); {@code managementPort}
 * ({@code --management-port}, {@code DOTPORTION_MANAGEMENT_PORT}; {@link #SAME_PORT}: none) moves
 * {@code /metrics} to a listener of its own on that port (0: a free one), off the public port.
 */
public record MetricsSettings(String token, int managementPort) {
    public static final int SAME_PORT = -1;
    public static final String TOKEN_ENV = "DOTPORTION_METRICS_TOKEN";
    public static final String MANAGEMENT_PORT_ENV = "DOTPORTION_MANAGEMENT_PORT";

    public MetricsSettings {
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (managementPort < SAME_PORT || managementPort > 65_535) {
            throw new IllegalArgumentException("the management port must be between 0 and 65535");
        }
    }

    /** Anonymous, on the server's port. */
    public static MetricsSettings defaults() {
        return new MetricsSettings(null, SAME_PORT);
    }

    public MetricsSettings withToken(String t) {
        return new MetricsSettings(t, managementPort);
    }

    public MetricsSettings withManagementPort(int port) {
        return new MetricsSettings(token, port);
    }

    public boolean ownPort() {
        return managementPort != SAME_PORT;
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "MetricsSettings[token=" + (token == null ? "none" : "***") + ", managementPort=" + managementPort + "]";
    }
}
