package io.dotportion.nodes.http;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.DescriptorBuilder;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.UiHints;
import java.util.List;
import java.util.Map;

/** How the {@code http} node describes itself. */
final class HttpDescriptor {
    private HttpDescriptor() {}

    static NodeDescriptor of(HttpSettings settings) {
        DescriptorBuilder builder = NodeDescriptor.builder(HttpNode.ID, NodeRole.STEP)
                .label("HTTP Request")
                .category(NodeCategory.DATA)
                .text(
                        "Call another HTTP API",
                        "Sends one HTTP request to an http or https URL (through the egress policy: loopback and "
                                + "private addresses are refused unless an operator allows them) and outputs "
                                + "{status, headers, body, request}. The body is parsed when the answer says it is "
                                + "JSON, else kept as text, up to " + settings.maxResponseBytes() + " bytes. An "
                                + "optional apiKey, bearer or basic secret is applied as its type says and shown "
                                + "masked in request.headers or request.url. Redirects are followed by the node, at "
                                + "most " + settings.maxRedirects() + ", each checked again, the secret only to the "
                                + "same origin. A non-2xx answer leaves by the error handle when it is connected "
                                + "(its input is then the same output), else by the normal one.")
                .output(
                        "{status, headers, body, request}: the answer's status and headers, its body (parsed when JSON, else text) and the request as sent (secrets masked). A non-2xx answer leaves by error when that handle is connected, with the same output; a failure to call (refused address, timeout) leaves by error with {code, message}.")
                .ports(NodePorts.singleOrError())
                .config(ConfigSchema.of(HttpNodeConfig.class)
                        .field("method", "Method", "the HTTP method")
                        .with("method", "enum", HttpRules.METHODS)
                        .with("method", "default", "GET")
                        .field(
                                "url",
                                "URL",
                                "an http:// or https:// URL, like https://api.example.com/v1/{{request.params.id}}")
                        .with("url", "type", "string")
                        .field("query", "Query", "query parameter name to value template, added to the URL's own")
                        .field(
                                "headers",
                                "Headers",
                                "header name to value template; hop-by-hop headers and Host are refused")
                        .field("body", "Body", "the request body (templates allowed at any depth); none when absent")
                        .field(
                                "bodyType",
                                "Body type",
                                "json sends the body as JSON, form as URL-encoded fields, text as is")
                        .with("bodyType", "enum", HttpRules.BODY_TYPES)
                        .with("bodyType", "default", "json")
                        .field(
                                "timeoutMs",
                                "Timeout (ms)",
                                "the whole call's limit, redirects included; never past the execution's limit")
                        .with("timeoutMs", "default", (int)
                                settings.defaultTimeout().toMillis())
                        .with("timeoutMs", "minimum", 1)
                        .with("timeoutMs", "maximum", settings.maxTimeout().toMillis())
                        .field("secret", "Secret", "optional: an apiKey, bearer or basic secret applied to the request")
                        .required("url"))
                .initial("method", "GET")
                .initial("url", "")
                .initial("query", Map.of())
                .initial("headers", Map.of())
                .initial("timeoutMs", (int) settings.defaultTimeout().toMillis());
        HttpRules.SECRET_TYPES.forEach(type -> builder.secret("secret", type));
        return builder.error(
                        ErrorCode.UPSTREAM_UNAVAILABLE,
                        "the destination is refused by the egress policy, "
                                + "does not resolve or cannot be reached, or the answer is malformed")
                .error(ErrorCode.TIMEOUT, "the call did not finish within timeoutMs or the execution's limit")
                .error(
                        ErrorCode.EXECUTION_FAILED,
                        "the URL or a header resolved to something unusable, the secret is missing, the answer is "
                                + "over the size limit or says JSON but is not, or there were too many redirects")
                .ui(new UiHints(
                        "⇄",
                        "#0891b2",
                        List.of("method", "url"),
                        Map.of(
                                "url", "template",
                                "query", "headers",
                                "headers", "headers",
                                "body", "json",
                                "secret", "secret"),
                        List.of("method", "url", "query", "headers", "bodyType", "body", "secret", "timeoutMs")))
                .build();
    }
}
