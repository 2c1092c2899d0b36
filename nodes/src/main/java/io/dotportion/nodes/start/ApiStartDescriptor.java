package io.dotportion.nodes.start;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.UiHints;
import java.util.List;
import java.util.Map;

/** How the apiStart node describes itself. */
final class ApiStartDescriptor {
    static final NodeDescriptor DESCRIPTOR = NodeDescriptor.builder(ApiStartNode.ID, NodeRole.START)
            .label("API Start")
            .category(NodeCategory.TRIGGER)
            .text(
                    "The entry of the endpoint: passes the request on",
                    "Every workflow has exactly one. Its output is the request value (body, query, headers, path "
                            + "params). Its method and path only document the endpoint in the editor: the "
                            + "workflow's own method and path drive routing.")
            .output(
                    "The request, by its one handle: {method, path, params, query, queryAll, headers, body, ip}. Later nodes read it as request (templates like {{request.body.email}}).")
            .ports(NodePorts.single(false))
            .config(ConfigSchema.of(ApiStartConfig.class)
                    .field("method", "Method", "the HTTP method, shown in the editor (the workflow's method routes)")
                    .with("method", "enum", List.of("GET", "POST", "PUT", "PATCH", "DELETE"))
                    .field("path", "Path", "the endpoint's path, shown in the editor (the workflow's path routes)"))
            .initial("method", "GET")
            .initial("path", "/")
            .ui(new UiHints("▶", "#2563eb", List.of("method", "path"), Map.of(), List.of("method", "path")))
            .build();

    private ApiStartDescriptor() {}
}
