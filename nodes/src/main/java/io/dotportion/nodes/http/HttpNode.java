package io.dotportion.nodes.http;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import java.util.List;
import java.util.Locale;

/**
 * {@code http}: calls another HTTP API through the platform's shared client and the egress policy, with an
 * optional apiKey, bearer or basic secret; outputs {@code {status, headers, body, request}}.
 */
public final class HttpNode implements NodeType<HttpNodeConfig> {
    public static final String ID = "http";

    private final OutboundHttp http;
    private final HttpSettings settings;
    private final NodeDescriptor descriptor;

    /** @param http the platform's shared client (null only where nothing is compiled: describe-only registries) */
    public HttpNode(OutboundHttp http) {
        this.http = http;
        this.settings = http == null ? HttpSettings.defaults() : http.settings();
        this.descriptor = HttpDescriptor.of(settings);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<HttpNodeConfig> configType() {
        return HttpNodeConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<Violation> validate(HttpNodeConfig config, ValidationContext context) {
        return ConfigRules.check(config, settings, context);
    }

    @Override
    public NodeHandler compile(HttpNodeConfig config, CompileContext context) {
        long timeout = config.timeoutMs() == null
                ? settings.defaultTimeout().toMillis()
                : Math.min(config.timeoutMs(), settings.maxTimeout().toMillis());
        long bounded = Math.min(timeout, context.limits().executionTimeout().toMillis());
        String method = config.method() == null ? "GET" : config.method().toUpperCase(Locale.ROOT);
        return new HttpHandler(http, config, method, bounded * 1_000_000L, context.connected(Ports.ERROR));
    }
}
