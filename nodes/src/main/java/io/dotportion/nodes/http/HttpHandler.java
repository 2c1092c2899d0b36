package io.dotportion.nodes.http;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.core.value.Values;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one {@code http} call: templates evaluated, the secret applied, each hop checked against the egress
 * policy, redirects followed by the node (at most the configured number, the credential only to the call's own
 * origin), the whole call within {@code timeoutMs} and the execution's deadline. Output
 * {@code {status, headers, body, request}}; a non-2xx answer leaves by the {@code error} handle when it is connected.
 */
final class HttpHandler implements NodeHandler {
    private final OutboundHttp http;
    private final HttpNodeConfig config;
    private final String method;
    private final long timeoutNanos;
    private final boolean errorConnected;

    HttpHandler(OutboundHttp http, HttpNodeConfig config, String method, long timeoutNanos, boolean errorConnected) {
        this.http = http;
        this.config = config;
        this.method = method;
        this.timeoutNanos = timeoutNanos;
        this.errorConnected = errorConnected;
    }

    @Override
    public NodeOutcome execute(NodeContext ctx) {
        long deadline =
                System.nanoTime() + Math.min(timeoutNanos, ctx.remaining().toNanos());
        URI origin = url(ctx);
        Map<String, String> headers = headers(ctx);
        RequestBody body =
                RequestBody.of(config.bodyType(), config.body() == null ? null : ctx.evaluate(config.body()));
        Credential credential = config.secret() == null || config.secret().isEmpty()
                ? null
                : Credential.of(ctx.secret(config.secret(), HttpRules.SECRET_TYPES));
        Hop hop = new Hop(method, origin, body, true);
        for (int redirects = 0; ; redirects++) {
            http.check(hop.uri(), redirects > 0);
            HttpResponse<byte[]> response =
                    http.exchange(hop.request(headers, credential, deadline - System.nanoTime()), remaining(deadline));
            URI location = location(hop, response);
            if (location == null) {
                return outcome(response, hop.view(headers, credential), redirects);
            }
            if (redirects >= http.settings().maxRedirects()) {
                throw new NodeFailure(
                        ErrorCode.EXECUTION_FAILED,
                        "the HTTP call was redirected more than "
                                + http.settings().maxRedirects() + " times");
            }
            hop = hop.next(response.statusCode(), location, origin);
        }
    }

    private static long remaining(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new NodeFailure(ErrorCode.TIMEOUT, "the HTTP call did not finish within its time limit");
        }
        return left;
    }

    private URI url(NodeContext ctx) {
        StringBuilder url =
                new StringBuilder(Values.toText(ctx.evaluate(config.url())).strip());
        int hash = url.indexOf("#");
        if (hash >= 0) {
            url.setLength(hash);
        }
        boolean hasQuery = url.indexOf("?") >= 0;
        for (Map.Entry<String, ValueTemplate> parameter : config.query().entrySet()) {
            Object value = ctx.evaluate(parameter.getValue());
            for (Object item : value instanceof List<?> list ? list : Collections.singletonList(value)) {
                if (item != null) {
                    url.append(hasQuery ? '&' : '?')
                            .append(RequestBody.encode(parameter.getKey()))
                            .append('=')
                            .append(RequestBody.encode(Values.toText(item)));
                    hasQuery = true;
                }
            }
        }
        try {
            return HttpRules.parse(url.toString());
        } catch (HttpRules.BadUrl e) {
            throw new NodeFailure(ErrorCode.EXECUTION_FAILED, e.getMessage());
        }
    }

    private Map<String, String> headers(NodeContext ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        config.headers().forEach((name, template) -> {
            Object value = ctx.evaluate(template);
            if (value == null) {
                return;
            }
            String text = Values.toText(value);
            if (!HttpRules.validHeaderValue(text)) {
                throw new NodeFailure(
                        ErrorCode.EXECUTION_FAILED,
                        "header '" + name + "' resolved to a value with line breaks or non-ASCII characters");
            }
            out.put(name, text);
        });
        return out;
    }

    /** Where a redirect leads, resolved against the hop, or null when the answer is not a redirect. */
    private static URI location(Hop hop, HttpResponse<byte[]> response) {
        if (!Redirects.isRedirect(response.statusCode())) {
            return null;
        }
        String location = response.headers().firstValue("location").orElse(null);
        if (location == null) {
            return null;
        }
        try {
            return HttpRules.parse(hop.uri().resolve(location.strip()).toString());
        } catch (IllegalArgumentException | HttpRules.BadUrl e) {
            throw new NodeFailure(
                    ErrorCode.UPSTREAM_UNAVAILABLE,
                    "the HTTP call was redirected to a location that is not an http or https URL");
        }
    }

    private NodeOutcome outcome(HttpResponse<byte[]> response, Map<String, Object> request, int redirects) {
        int status = response.statusCode();
        Map<String, String> headers = ResponseValue.headers(response);
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("status", status);
        output.put("headers", headers);
        output.put("body", ResponseValue.body(response.body(), headers.get("content-type")));
        Map<String, Object> sent = new LinkedHashMap<>(request);
        if (redirects > 0) {
            sent.put("redirects", redirects);
        }
        output.put("request", Collections.unmodifiableMap(sent));
        boolean ok = status >= 200 && status < 300;
        return new NodeOutcome.Next(
                ok || !errorConnected ? Ports.DEFAULT : Ports.ERROR, Collections.unmodifiableMap(output));
    }
}
