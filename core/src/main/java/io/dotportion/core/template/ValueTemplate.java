package io.dotportion.core.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.dotportion.core.value.FixedKeys;
import io.dotportion.core.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A config value that may contain {@code {{ path }}} templates, parsed once (docs/WORKFLOWS.md). A string that is
 * exactly one template keeps the value's type; a template inside longer text is interpolated as text;
 * objects and arrays are evaluated member by member. Parsing never throws: problems are collected in
 * {@link #problems()} so that validation can report every one.
 */
public final class ValueTemplate {
    private final Object raw;
    private final Part root;
    private final List<TemplateProblem> problems;
    private final Set<TemplatePath> paths;

    private ValueTemplate(Object raw, Part root, List<TemplateProblem> problems, Set<TemplatePath> paths) {
        this.raw = raw;
        this.root = root;
        this.problems = List.copyOf(problems);
        this.paths = Set.copyOf(paths);
    }

    /** Parses a raw JSON value (map, list, string, number, boolean or null). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ValueTemplate of(Object raw) {
        List<TemplateProblem> problems = new ArrayList<>();
        Set<TemplatePath> paths = new LinkedHashSet<>();
        Part root = parse(raw, "", problems, paths);
        return new ValueTemplate(Values.immutableCopy(raw), root, problems, paths);
    }

    /** The value as written by the user. */
    @JsonValue
    public Object raw() {
        return raw;
    }

    /** Parse problems, each with a path relative to this value ("" for the value itself, ".a[0]" inside). */
    public List<TemplateProblem> problems() {
        return problems;
    }

    /** Every data path referenced. */
    public Set<TemplatePath> paths() {
        return paths;
    }

    /** True when the value contains no template: {@link #evaluate} always returns {@link #raw()}. */
    public boolean isConstant() {
        return root instanceof Part.Const;
    }

    public Object evaluate(TemplateScope scope) {
        return root.evaluate(scope);
    }

    private static Part parse(Object raw, String at, List<TemplateProblem> problems, Set<TemplatePath> paths) {
        if (raw instanceof String text) {
            return TextParser.parse(text, at, problems, paths);
        }
        if (raw instanceof Map<?, ?> map) {
            Map<String, Part> members = new LinkedHashMap<>();
            map.forEach((k, v) -> members.put(String.valueOf(k), parse(v, at + "." + k, problems, paths)));
            return members.values().stream().allMatch(p -> p instanceof Part.Const)
                    ? new Part.Const(Values.immutableCopy(raw))
                    : new Part.Obj(
                            FixedKeys.of(List.copyOf(members.keySet())),
                            members.values().toArray(new Part[0]));
        }
        if (raw instanceof List<?> list) {
            List<Part> items = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                items.add(parse(list.get(i), at + "[" + i + "]", problems, paths));
            }
            return items.stream().allMatch(p -> p instanceof Part.Const)
                    ? new Part.Const(Values.immutableCopy(raw))
                    : new Part.Arr(items);
        }
        return new Part.Const(raw);
    }

    @Override
    public String toString() {
        return String.valueOf(raw);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueTemplate t && java.util.Objects.equals(t.raw, raw);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(raw);
    }
}
