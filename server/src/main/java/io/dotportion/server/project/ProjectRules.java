package io.dotportion.server.project;

import io.dotportion.core.http.OriginPatterns;
import io.dotportion.core.port.Project;
import io.dotportion.server.http.ApiException;
import java.util.List;
import java.util.regex.Pattern;

/** What makes a valid project name, slug, CORS and rate-limit setting. */
final class ProjectRules {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,64}");
    private static final int MAX_NAME = 100;
    private static final int MAX_LIST = 100;

    private ProjectRules() {}

    static String name(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalid("name is required");
        }
        if (raw.strip().length() > MAX_NAME) {
            throw ApiException.invalid("name must have at most " + MAX_NAME + " characters");
        }
        return raw.strip();
    }

    static String slug(String raw) {
        if (raw == null || !SLUG.matcher(raw).matches()) {
            throw ApiException.invalid("slug must be 1 to 64 characters of a-z, 0-9 and -");
        }
        return raw;
    }

    static Project.Cors cors(Project.Cors cors) {
        list("cors.allowedOrigins", cors.allowedOrigins());
        for (int i = 0; i < cors.allowedOrigins().size(); i++) {
            String entry = cors.allowedOrigins().get(i);
            int at = i;
            OriginPatterns.problem(entry).ifPresent(problem -> {
                throw ApiException.invalid("cors.allowedOrigins[" + at + "] " + problem);
            });
        }
        list("cors.allowedMethods", cors.allowedMethods());
        list("cors.allowedHeaders", cors.allowedHeaders());
        return cors;
    }

    static Project.RateLimit rateLimit(Project.RateLimit limit) {
        if (limit.windowMs() <= 0) {
            throw ApiException.invalid("rateLimit.windowMs must be positive");
        }
        if (limit.max() <= 0) {
            throw ApiException.invalid("rateLimit.max must be positive");
        }
        return limit;
    }

    private static void list(String field, List<String> values) {
        if (values == null || values.size() > MAX_LIST || values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw ApiException.invalid(field + " must be a list of at most " + MAX_LIST + " non-empty strings");
        }
    }
}
