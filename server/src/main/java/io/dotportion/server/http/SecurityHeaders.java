package io.dotportion.server.http;

import io.helidon.http.Header;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerResponse;

/**
 * The browser-facing headers of every answer, set before routing so that errors, 404s and refusals carry
 * them too. Three kinds of answer:
 * <ul>
 *   <li>the runtime ({@code /api/...}) serves tenant content from the platform's origin: {@code sandbox}
 *       gives any page it serves an opaque origin with no scripts, forms, popups or plugins, so it can read
 *       no cookie of the UI and call {@code /v1} only as a foreign site would;</li>
 *   <li>the management API ({@code /v1}), {@code /health} and {@code /metrics} answer data, never a page:
 *       nothing may load, run or frame it;</li>
 *   <li>the web UI: scripts, styles and connections from its own origin only (the build has no inline
 *       script or style), never framed.</li>
 * </ul>
 * All get {@code nosniff} and send no referrer.
 */
public final class SecurityHeaders implements Filter {
    public static final String RUNTIME_POLICY = "sandbox";
    public static final String DATA_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; " + "form-action 'none'; sandbox";
    public static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    private static final HeaderName CSP = HeaderNames.create("Content-Security-Policy");
    private static final HeaderName FRAME_OPTIONS = HeaderNames.create("X-Frame-Options");
    private static final HeaderName REFERRER_POLICY = HeaderNames.create("Referrer-Policy");
    private static final Header RUNTIME_CSP = HeaderValues.createCached(CSP, RUNTIME_POLICY);
    private static final Header DATA_CSP = HeaderValues.createCached(CSP, DATA_POLICY);
    private static final Header UI_CSP = HeaderValues.createCached(CSP, UI_POLICY);
    private static final Header NO_REFERRER = HeaderValues.createCached(REFERRER_POLICY, "no-referrer");
    private static final Header DENY_FRAMES = HeaderValues.createCached(FRAME_OPTIONS, "DENY");
    private static final String RUNTIME = "/api";
    private static final String[] DATA = {"/v1", "/health", "/metrics"};

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        forPath(res, req.path().path());
        chain.proceed();
    }

    /** Sets the headers of an answer for {@code path}. */
    static void forPath(ServerResponse res, String path) {
        if (under(path, RUNTIME)) {
            runtime(res);
        } else if (data(path)) {
            common(res, DATA_CSP);
            res.header(DENY_FRAMES);
        } else {
            common(res, UI_CSP);
            res.header(DENY_FRAMES);
        }
    }

    /** The headers of a runtime answer; the gateway sets them again after a workflow's own headers. */
    public static void runtime(ServerResponse res) {
        common(res, RUNTIME_CSP);
    }

    /** Header values made once: setting them on an answer copies nothing. */
    private static void common(ServerResponse res, Header policy) {
        res.header(policy);
        res.header(HeaderValues.X_CONTENT_TYPE_OPTIONS_NOSNIFF);
        res.header(NO_REFERRER);
    }

    private static boolean data(String path) {
        for (String prefix : DATA) {
            if (under(path, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
