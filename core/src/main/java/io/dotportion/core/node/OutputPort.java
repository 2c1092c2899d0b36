package io.dotportion.core.node;

/** One handle edges leave from: its id (the edge's sourceHandle) and its label in the editor. */
public record OutputPort(String id, String label) {}
