package io.dotportion.core.node;

/** The current iteration of a Loop node: templates see {@code loop.item} and {@code loop.index}. */
public record LoopFrame(String loopNodeId, Object item, int index, LoopFrame outer) {}
