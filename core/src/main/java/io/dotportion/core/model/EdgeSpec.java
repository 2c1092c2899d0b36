package io.dotportion.core.model;

/**
 * A connection between two nodes. {@code sourceHandle} is null for a node's single output,
 * {@code "true"}/{@code "false"} for Condition and Loop, {@code "error"} for a failure route.
 */
public record EdgeSpec(String id, String source, String target, String sourceHandle) {}
