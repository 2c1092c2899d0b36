package io.dotportion.cli;

import java.util.List;
import java.util.Map;

/** Workflow violations as the API lists them ({@code path, code, message, severity}), one per line. */
final class Violations {
    private Violations() {}

    /** Each violation on its own line, each line starting with a line break; empty when there are none. */
    static String lines(Object violations) {
        if (!(violations instanceof List<?> list)) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (Object item : list) {
            if (item instanceof Map<?, ?> v) {
                out.append(System.lineSeparator())
                        .append("  ")
                        .append(v.get("severity"))
                        .append(' ')
                        .append(v.get("path"))
                        .append(' ')
                        .append(v.get("code"))
                        .append(": ")
                        .append(v.get("message"));
            }
        }
        return out.toString();
    }

    static boolean anyError(Object violations) {
        return violations instanceof List<?> list
                && list.stream()
                        .anyMatch(v -> v instanceof Map<?, ?> m
                                && "error".equalsIgnoreCase(String.valueOf(m.get("severity"))));
    }
}
