package io.dotportion.server.nodetypes;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain string literals of a Java source file ({@code "..."}), skipping comments, character literals and
 * text blocks (a text block is a document, never equal to a short id).
 */
final class JavaStringLiterals {
    private JavaStringLiterals() {}

    static List<String> of(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = end(source.indexOf('\n', i), n);
            } else if (source.startsWith("/*", i)) {
                i = end(source.indexOf("*/", i + 2), n) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                i = end(source.indexOf("\"\"\"", i + 3), n) + 3;
            } else if (c == '\'') {
                i = closing(source, i + 1, '\'') + 1;
            } else if (c == '"') {
                int close = closing(source, i + 1, '"');
                out.add(source.substring(i + 1, Math.min(close, n)));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int closing(String source, int from, char quote) {
        int i = from;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return i;
    }

    private static int end(int index, int n) {
        return index < 0 ? n : index;
    }
}
