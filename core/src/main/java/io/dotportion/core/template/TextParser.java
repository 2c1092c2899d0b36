package io.dotportion.core.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Splits a string into literal text and {@code {{ path }}} templates. */
final class TextParser {
    private TextParser() {}

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
            return new Part.Ref(CompiledPath.of(path));
        }
        return text(pieces);
    }

    /** Literal text and paths, alternating from a literal ("" where two paths meet or at either end). */
    private static Part.Text text(List<Object> pieces) {
        List<String> literals = new ArrayList<>();
        List<CompiledPath> paths = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int length = 0;
        for (Object piece : pieces) {
            if (piece instanceof TemplatePath path) {
                literals.add(literal.toString());
                literal.setLength(0);
                paths.add(CompiledPath.of(path));
            } else {
                literal.append((String) piece);
                length += ((String) piece).length();
            }
        }
        literals.add(literal.toString());
        return new Part.Text(literals.toArray(new String[0]), paths.toArray(new CompiledPath[0]), length);
    }
}
