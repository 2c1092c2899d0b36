package io.dotportion.nodes.parameters;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns a parameters config into checks, reporting every problem with its path ({@code sources[0].from},
 * {@code sources[1].parameters.age.min}, ...). Validation and compilation share it, so what validates is
 * exactly what runs; the parameters are only meaningful when no error was reported.
 */
final class ParameterCompiler {
    record Result(List<CompiledParameter> parameters, List<Violation> violations) {}

    private final ParameterLimits limits;

    ParameterCompiler(ParameterLimits limits) {
        this.limits = limits;
    }

    Result compile(ParametersConfig config) {
        List<CompiledParameter> parameters = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < config.sources().size(); i++) {
            SourceConfig source = config.sources().get(i);
            String at = "sources[" + i + "]";
            if (source == null) {
                violations.add(invalid(at, "source must be an object with from and parameters"));
                continue;
            }
            RequestSource from = RequestSource.named(source.from()).orElse(null);
            if (from == null) {
                violations.add(invalid(at + ".from", "from must be one of " + RequestSource.NAMES));
            }
            for (Map.Entry<String, ParameterSpec> entry : source.parameters().entrySet()) {
                if (entry.getKey().isBlank()) {
                    violations.add(invalid(at + ".parameters", "parameter names must not be blank"));
                    continue;
                }
                ParameterSpec spec = entry.getValue() == null ? ParameterSpec.ANY : entry.getValue();
                String path = at + ".parameters." + entry.getKey();
                parameters.add(parameter(from, entry.getKey(), spec, path, violations));
            }
        }
        return new Result(parameters, violations);
    }

    private CompiledParameter parameter(
            RequestSource from, String name, ParameterSpec spec, String path, List<Violation> out) {
        ParamType type = ParamType.named(spec.type()).orElse(null);
        if (type == null) {
            out.add(invalid(path + ".type", "type must be one of " + ParamType.NAMES));
            type = ParamType.ANY;
        }
        checkBound(spec.min(), "min", type, path, out);
        checkBound(spec.max(), "max", type, path, out);
        if (spec.min() != null && spec.max() != null && spec.min().compareTo(spec.max()) > 0) {
            out.add(invalid(path + ".min", "min must not be greater than max"));
        }
        PatternCheck pattern = pattern(spec.pattern(), type, path, out);
        List<Object> allowed = allowed(spec.allowed(), type, path, out);
        Constraints constraints = new Constraints(spec.min(), spec.max(), pattern, allowed);
        Object defaultValue = defaultValue(spec, type, constraints, path, out);
        return CompiledParameter.of(from, name, spec.isRequired(), type, constraints, defaultValue);
    }

    private static void checkBound(BigDecimal bound, String key, ParamType type, String path, List<Violation> out) {
        if (bound == null) {
            return;
        }
        if (type == ParamType.BOOLEAN || type == ParamType.OBJECT) {
            out.add(invalid(path + "." + key, key + " does not apply to " + type.label() + " parameters"));
        } else if (type.boundsLength() && (bound.signum() < 0 || !Numbers.isWhole(bound))) {
            out.add(invalid(
                    path + "." + key,
                    key + " bounds the " + (type == ParamType.ARRAY ? "size" : "length") + " of a " + type.label()
                            + " parameter, so it must be a whole number of at least 0"));
        }
    }

    private PatternCheck pattern(String source, ParamType type, String path, List<Violation> out) {
        if (source == null) {
            return null;
        }
        if (!type.isText() && type != ParamType.ANY) {
            out.add(invalid(path + ".pattern", "pattern applies only to string and email parameters"));
            return null;
        }
        try {
            return new PatternCheck(Pattern.compile(source), limits);
        } catch (PatternSyntaxException e) {
            out.add(invalid(path + ".pattern", "pattern is not a valid regular expression: " + e.getDescription()));
            return null;
        }
    }

    private static List<Object> allowed(List<Object> values, ParamType type, String path, List<Violation> out) {
        if (values == null) {
            return null;
        }
        if (values.isEmpty()) {
            out.add(invalid(path + ".enum", "enum must list at least one value"));
        }
        List<Object> coerced = new ArrayList<>(values.size());
        for (int j = 0; j < values.size(); j++) {
            switch (Coercion.coerce(type, values.get(j), false)) {
                case Checked.Ok ok -> coerced.add(ok.value());
                case Checked.Bad bad -> out.add(invalid(path + ".enum[" + j + "]", "enum value " + bad.reason()));
            }
        }
        return Collections.unmodifiableList(coerced);
    }

    private static Object defaultValue(
            ParameterSpec spec, ParamType type, Constraints constraints, String path, List<Violation> out) {
        if (spec.defaultValue() == null) {
            return null;
        }
        if (spec.isRequired()) {
            out.add(Violation.warning(
                    path + ".default",
                    ViolationCode.INVALID_CONFIG,
                    "default is never used: the parameter is required"));
        }
        switch (Coercion.coerce(type, spec.defaultValue(), false)) {
            case Checked.Bad bad -> out.add(invalid(path + ".default", "default " + bad.reason()));
            case Checked.Ok ok -> {
                constraints
                        .check(ok.value())
                        .forEach(reason -> out.add(invalid(path + ".default", "default " + reason)));
                return ok.value();
            }
        }
        return null;
    }

    private static Violation invalid(String path, String message) {
        return Violation.error(path, ViolationCode.INVALID_CONFIG, message);
    }
}
