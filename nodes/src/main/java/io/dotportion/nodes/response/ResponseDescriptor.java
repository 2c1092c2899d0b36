package io.dotportion.nodes.response;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.OpenApiHints;
import io.dotportion.core.node.UiHints;
import java.util.List;
import java.util.Map;

/** How the response node describes itself. */
final class ResponseDescriptor {
    static final NodeDescriptor DESCRIPTOR = NodeDescriptor.builder(ResponseNode.ID, NodeRole.END)
            .label("Response")
            .category(NodeCategory.OUTPUT)
            .text(
                    "Answer the request and end the run",
                    "Sends the HTTP answer: a status (200 by default), a JSON body (the previous node's output "
                            + "when absent) and headers. Templates are allowed in all three. Headers the platform "
                            + "owns (Set-Cookie, security headers, framing) are refused at save time.")
            .output("Nothing: it answers the request with its status, body and headers and ends the run.")
            .ports(NodePorts.none())
            .config(ConfigSchema.of(ResponseConfig.class)
                    .field("status", "Status", "an integer 200..599, or a template resolving to one")
                    .with("status", "type", List.of("integer", "string"))
                    .with("status", "default", 200)
                    .field("body", "Body", "the response body; the previous node's output when absent")
                    .field("headers", "Headers", "header name to value template; each value is sent as text"))
            .initial("status", 200)
            .initial("headers", Map.of())
            .error(
                    ErrorCode.EXECUTION_FAILED,
                    "the status did not resolve to an integer 200..599, or a header " + "value is not text")
            .openApi(OpenApiHints.answerStatus("status"))
            .ui(new UiHints(
                    "⏎",
                    "#dc2626",
                    List.of("status", "body"),
                    Map.of("status", "status", "body", "json", "headers", "headers"),
                    List.of("status", "body", "headers")))
            .build();

    private ResponseDescriptor() {}
}
