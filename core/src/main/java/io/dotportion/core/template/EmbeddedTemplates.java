package io.dotportion.core.template;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code {{ path }}} placeholders inside script source (Condition, Logic). Each is replaced by a
 * variable ({@code __tpl0}, ...) that the script receives as an argument: data is bound as a value and
 * never spliced into source text. A placeholder written inside quotes ({@code '{{x}}'}) becomes the
 * value as a string.
 */
public record EmbeddedTemplates(String source, List<Binding> bindings, List<TemplateProblem> problems) {

    /** A variable name in the rewritten source and the path whose value it receives. */
    public record Binding(String variable, TemplatePath path) {
        public Object evaluate(TemplateScope scope) {
            return Paths.resolve(path, scope);
        }
    }

    public EmbeddedTemplates {
        bindings = List.copyOf(bindings);
        problems = List.copyOf(problems);
    }

    public static EmbeddedTemplates extract(String code) {
        List<Binding> bindings = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (true) {
            int open = code.indexOf("{{", pos);
            if (open < 0) {
                out.append(code, pos, code.length());
                break;
            }
            int close = code.indexOf("}}", open + 2);
            if (close < 0) {
                problems.add(new TemplateProblem("", "'{{' at position " + open + " is never closed with '}}'"));
                out.append(code, pos, code.length());
                break;
            }
            int start = open;
            int end = close + 2;
            boolean quoted = open > 0
                    && end < code.length()
                    && isQuote(code.charAt(open - 1))
                    && code.charAt(open - 1) == code.charAt(end);
            if (quoted) {
                start--;
                end++;
            }
            out.append(code, pos, start);
            try {
                TemplatePath path = PathParser.parse(code.substring(open + 2, close));
                String variable = "__tpl" + bindings.size();
                bindings.add(new Binding(variable, path));
                out.append(
                        quoted ? "(" + variable + " == null ? '' : String(" + variable + "))" : "(" + variable + ")");
            } catch (IllegalArgumentException e) {
                problems.add(new TemplateProblem("", e.getMessage()));
                out.append(code, start, end);
            }
            pos = end;
        }
        return new EmbeddedTemplates(out.toString(), bindings, problems);
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '`';
    }
}
