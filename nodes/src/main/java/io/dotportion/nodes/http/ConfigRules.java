package io.dotportion.nodes.http;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.core.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Checks an {@code http} node's data at save time and reports every problem with its path. */
final class ConfigRules {
    private final HttpSettings settings;
    private final ValidationContext context;
    private final List<Violation> out = new ArrayList<>();

    private ConfigRules(HttpSettings settings, ValidationContext context) {
        this.settings = settings;
        this.context = context;
    }

    static List<Violation> check(HttpNodeConfig config, HttpSettings settings, ValidationContext context) {
        ConfigRules rules = new ConfigRules(settings, context);
        rules.method(config.method());
        rules.url(config.url());
        rules.query(config.query());
        rules.headers(config.headers());
        rules.body(config);
        rules.timeout(config.timeoutMs());
        rules.secret(config.secret());
        return List.copyOf(rules.out);
    }

    private void method(String method) {
        if (method != null && !HttpRules.METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            invalid("method", "method must be one of " + String.join(", ", HttpRules.METHODS));
        }
    }

    private void url(ValueTemplate url) {
        if (url == null || url.raw() == null || "".equals(url.raw())) {
            invalid("url", "url is required: an http:// or https:// URL (templates allowed)");
            return;
        }
        if (!(url.raw() instanceof String text)) {
            invalid("url", "url must be text");
            return;
        }
        out.addAll(context.checkTemplate("url", url));
        if (url.isConstant()) {
            try {
                HttpRules.parse(text);
            } catch (HttpRules.BadUrl e) {
                invalid("url", e.getMessage());
            }
            return;
        }
        int template = text.indexOf("{{");
        HttpRules.schemeProblem(text.substring(0, Math.max(template, 0))).ifPresent(p -> invalid("url", p));
    }

    private void query(Map<String, ValueTemplate> query) {
        query.forEach((name, value) -> {
            if (name.isEmpty()) {
                invalid("query", "a query parameter needs a name");
            }
            out.addAll(context.checkTemplate("query." + name, value));
        });
    }

    private void headers(Map<String, ValueTemplate> headers) {
        Set<String> seen = new HashSet<>();
        headers.forEach((name, value) -> {
            String path = "headers." + name;
            HttpRules.headerNameProblem(name).ifPresent(p -> invalid(path, p));
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                invalid(path, "header '" + name + "' is set twice (header names ignore case)");
            }
            if (value == null || value.raw() == null) {
                invalid(path, "header value is missing");
                return;
            }
            if (value.isConstant() && !HttpRules.validHeaderValue(Values.toText(value.raw()))) {
                invalid(path, "header value must be printable ASCII: no line breaks or control characters");
            }
            out.addAll(context.checkTemplate(path, value));
        });
    }

    private void body(HttpNodeConfig config) {
        String type = config.bodyType();
        if (type != null && !HttpRules.BODY_TYPES.contains(type)) {
            invalid("bodyType", "bodyType must be one of " + String.join(", ", HttpRules.BODY_TYPES));
        }
        if (config.body() == null) {
            return;
        }
        out.addAll(context.checkTemplate("body", config.body()));
        if ("form".equals(type) && config.body().isConstant() && !(config.body().raw() instanceof Map)) {
            invalid("body", "a form body is an object of fields");
        }
    }

    private void timeout(Integer timeoutMs) {
        long max = settings.maxTimeout().toMillis();
        if (timeoutMs != null && (timeoutMs < 1 || timeoutMs > max)) {
            invalid("timeoutMs", "timeoutMs must be between 1 and " + max + " (the execution limit also bounds it)");
        }
    }

    private void secret(String name) {
        if (name == null || name.isEmpty()) {
            return;
        }
        var problem = HttpRules.secretNameProblem(name);
        if (problem.isPresent()) {
            invalid("secret", problem.get());
            return;
        }
        boolean known = HttpRules.SECRET_TYPES.stream()
                .anyMatch(type -> context.secretNames(type).contains(name));
        if (!known) {
            out.add(Violation.warning(
                    "secret",
                    ViolationCode.UNKNOWN_SECRET,
                    "the project has no apiKey, bearer or basic secret named '" + name + "'"));
        }
    }

    private void invalid(String path, String message) {
        out.add(Violation.error(path, ViolationCode.INVALID_CONFIG, message));
    }
}
