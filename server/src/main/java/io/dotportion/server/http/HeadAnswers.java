package io.dotportion.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.io.FilterOutputStream;
import java.io.OutputStream;

/**
 * An answer to HEAD carries no body. The HTTP server would otherwise send whatever a handler wrote, and a
 * client reading the next answer on the same connection would take those bytes for the start of it. The
 * runtime serves HEAD (its GET routes): the gateway answers it with the headers GET would send, its
 * {@code Content-Length} included, and no body; should anything fail there and an error handler answer, the
 * bytes it writes are dropped. No other route serves HEAD: it answers 404 with no body, before any other filter
 * can write one.
 */
public final class HeadAnswers implements Filter {

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (!Method.HEAD.equals(req.prologue().method())) {
            chain.proceed();
            return;
        }
        String path = req.path().path();
        if (!path.startsWith("/api/")) {
            SecurityHeaders.forPath(res, path);
            res.status(404).send();
            return;
        }
        try {
            chain.proceed();
        } catch (RuntimeException | Error e) {
            if (!res.isSent()) {
                res.streamFilter(Discarding::new);
            }
            throw e;
        }
    }

    /** Drops the body's bytes; flushing and closing still complete the answer. */
    private static final class Discarding extends FilterOutputStream {
        Discarding(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) {
            // a HEAD answer has no body
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // a HEAD answer has no body
        }
    }
}
