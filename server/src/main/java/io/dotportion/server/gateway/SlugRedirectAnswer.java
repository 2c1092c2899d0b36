package io.dotportion.server.gateway;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/**
 * The answer on a project's old slug: {@code 308 Permanent Redirect} (the method and body are kept) to the same
 * path and query under the current slug, not stored by caches ({@code Cache-Control: no-store}: the owner can end
 * the redirect, and the old slug may serve another project later).
 */
final class SlugRedirectAnswer {
    private static final String PREFIX = "/api/";

    private SlugRedirectAnswer() {}

    static void send(ServerRequest req, ServerResponse res, ProjectKey target) {
        String query = req.query().rawValue();
        String location = PREFIX + target.owner() + "/" + target.slug()
                + rest(req.path().rawPath()) + (query == null || query.isEmpty() ? "" : "?" + query);
        res.status(308);
        res.header(HeaderNames.LOCATION, location);
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        res.send();
    }

    /** The raw path after {@code /api/{owner}/{slug}}, as sent (empty segments before them skipped, as routing does). */
    static String rest(String rawPath) {
        int at = PREFIX.length();
        for (int seen = 0; seen < 2; seen++) {
            while (at < rawPath.length() && rawPath.charAt(at) == '/') {
                at++;
            }
            int slash = rawPath.indexOf('/', at);
            at = slash < 0 ? rawPath.length() : slash;
        }
        return rawPath.substring(at);
    }
}
