package io.dotportion.nodes.start;

/**
 * The data of an apiStart node. {@code method} and {@code path} only document the endpoint in the
 * editor: the workflow's own method and path drive routing, so both are optional and never checked here.
 */
public record ApiStartConfig(String method, String path) {}
