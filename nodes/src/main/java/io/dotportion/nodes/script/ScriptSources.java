package io.dotportion.nodes.script;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The source text around a user's code. The code's first line shares line 1 with the wrapper's head, so
 * line numbers inside the code are the user's own; columns on line 1 are shifted by {@link #headLength}.
 */
final class ScriptSources {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private ScriptSources() {}

    static String head(List<String> parameters) {
        for (String name : parameters) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a JavaScript parameter name: " + name);
            }
        }
        return "function (" + String.join(", ", parameters) + ") { \"use strict\"; ";
    }

    /** The function expression that each context evaluates: {@code (function (a, b) { "use strict"; BODY })}. */
    static String function(String head, String body) {
        return "(" + head + body + "\n})";
    }

    /**
     * The same function inside brackets. Code that closes the function early with an unbalanced
     * {@code "})"} parses inside parentheses or inside brackets, not in both, so parsing both catches that
     * mistake at save time with a clear message. This is a usability check, not a security boundary: code
     * is the user's own and runs in the sandbox however it is bracketed; only data is never spliced in.
     */
    static String guard(String head, String body) {
        return "[" + head + body + "\n}]";
    }

    /** The body of a function returning one expression between {@code open} and {@code close}. */
    static String returning(String open, String expression, String close) {
        return "return " + open + expression + "\n" + close + ";";
    }

    static int headLength(String head) {
        return head.length() + 1;
    }

    /** Which parameters the code names; all of them when it reads {@code arguments} or uses unicode escapes. */
    static boolean[] usage(String body, List<String> parameters) {
        boolean all = mentions(body, "arguments") || body.contains("\\u");
        boolean[] used = new boolean[parameters.size()];
        for (int i = 0; i < used.length; i++) {
            used[i] = all || mentions(body, parameters.get(i));
        }
        return used;
    }

    private static boolean mentions(String body, String name) {
        int from = 0;
        while (true) {
            int at = body.indexOf(name, from);
            if (at < 0) {
                return false;
            }
            int end = at + name.length();
            if (!identifierChar(body, at - 1) && !identifierChar(body, end)) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean identifierChar(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        char c = text.charAt(index);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
