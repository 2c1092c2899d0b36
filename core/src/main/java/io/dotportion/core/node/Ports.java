package io.dotportion.core.node;

import java.util.Set;

/** Names of a node's output handles. An edge without a sourceHandle leaves from {@link #DEFAULT}. */
public final class Ports {
    public static final String DEFAULT = "default";
    public static final String TRUE = "true";
    public static final String FALSE = "false";
    public static final String ERROR = "error";

    /** A node with one plain output. */
    public static final Set<String> SINGLE = Set.of(DEFAULT);
    /** A node with one output that may fail (parameters, logic, jwtVerify, database, mongodb). */
    public static final Set<String> SINGLE_OR_ERROR = Set.of(DEFAULT, ERROR);
    /** Condition and Loop. */
    public static final Set<String> BRANCH = Set.of(TRUE, FALSE);
    /** Response: ends the execution. */
    public static final Set<String> NONE = Set.of();

    private Ports() {}

    /** The port an edge leaves from: its sourceHandle, or {@link #DEFAULT} when it has none. */
    public static String of(String sourceHandle) {
        return sourceHandle == null || sourceHandle.isBlank() ? DEFAULT : sourceHandle;
    }
}
