package io.dotportion.server.project;

import io.dotportion.core.port.Project;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of PATCH /v1/projects/{id}: every field optional, nested objects merged field by field; a new slug
 * leaves the old one redirecting (docs/API.md, "Slug redirects").
 */
record ProjectPatch(
        String name, String slug, CorsPatch cors, RateLimitPatch rateLimit, Boolean allowCredentialLiterals) {

    record CorsPatch(
            Boolean enabled, List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders) {
        Project.Cors over(Project.Cors c) {
            return new Project.Cors(
                    or(enabled, c.enabled()),
                    or(allowedOrigins, c.allowedOrigins()),
                    or(allowedMethods, c.allowedMethods()),
                    or(allowedHeaders, c.allowedHeaders()));
        }
    }

    record RateLimitPatch(
            Boolean enabled,
            Long windowMs,
            Integer max,
            String message,
            Boolean standardHeaders,
            Boolean legacyHeaders) {
        Project.RateLimit over(Project.RateLimit r) {
            return new Project.RateLimit(
                    or(enabled, r.enabled()),
                    or(windowMs, r.windowMs()),
                    or(max, r.max()),
                    or(message, r.message()),
                    or(standardHeaders, r.standardHeaders()),
                    or(legacyHeaders, r.legacyHeaders()));
        }
    }

    /**
     * The project with this patch applied. A new slug keeps the old one redirecting for {@code redirectPeriod}
     * (none when it is zero), keeps the other old slugs that still redirect, and takes a slug back from them;
     * ended redirects are dropped.
     */
    Project applyTo(Project p, Instant now, Duration redirectPeriod) {
        String newName = name == null ? p.name() : ProjectRules.name(name);
        String newSlug = slug == null ? p.slug() : ProjectRules.slug(slug);
        Project.Cors newCors = cors == null ? p.cors() : ProjectRules.cors(cors.over(p.cors()));
        Project.RateLimit newLimit =
                rateLimit == null ? p.rateLimit() : ProjectRules.rateLimit(rateLimit.over(p.rateLimit()));
        List<Project.SlugRedirect> redirects = new ArrayList<>(p.redirectingAt(now));
        if (!newSlug.equals(p.slug())) {
            redirects.removeIf(r -> r.slug().equals(newSlug));
            if (redirectPeriod.isPositive()) {
                redirects.add(new Project.SlugRedirect(
                        p.slug(), now.plus(redirectPeriod).truncatedTo(ChronoUnit.MILLIS)));
            }
        }
        boolean literals = or(allowCredentialLiterals, p.allowCredentialLiterals());
        return new Project(
                p.id(), p.ownerId(), newName, newSlug, newCors, newLimit, p.createdAt(), now, redirects, literals);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
