package io.dotportion.server.gateway;

/** How the gateway names a project: {@code /api/{owner}/{slug}}. */
public record ProjectKey(String owner, String slug) {}
