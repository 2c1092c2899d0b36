package io.dotportion.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a string into literal text and {@code {{ path }}} templates. */
final class TextParser {
    private TextParser() {
    }

    static Part parse(String text, String at, List<TemplateProblem> problems, Set<TemplatePath> paths) {
        if (!text.contains("{{")) {
            return new Part.Const(text);
        }
        List<Object> pieces = new ArrayList<>();
        int pos = 0;
        while (pos < text.length()) {
            int open = text.indexOf("{{", pos);
            if (open < 0) {
                pieces.add(text.substring(pos));
                break;
            }
            int close = text.indexOf("}}", open + 2);
            if (close < 0) {
                problems.add(new TemplateProblem(at, "'{{' at position " + open + " is never closed with '}}'"));
                return new Part.Const(text);
            }
            if (open > pos) {
                pieces.add(text.substring(pos, open));
            }
            try {
                TemplatePath path = PathParser.parse(text.substring(open + 2, close));
                pieces.add(path);
                paths.add(path);
            } catch (IllegalArgumentException e) {
                problems.add(new TemplateProblem(at, e.getMessage()));
                return new Part.Const(text);
            }
            pos = close + 2;
        }
        if (pieces.size() == 1 && pieces.get(0) instanceof TemplatePath path) {
            return new Part.Ref(path);
        }
        return new Part.Text(List.copyOf(pieces));
    }
}
