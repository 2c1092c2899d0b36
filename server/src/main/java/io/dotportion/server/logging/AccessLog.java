package io.dotportion.server.logging;

import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log: one line per request on the logger {@value #LOGGER} at INFO, with the method, the path
 * (never the query string: its values may be anything a caller sent), the status and the duration, also as
 * key-value pairs ({@code method}, {@code path}, {@code status}, {@code durationMs}) for the JSON format. The
 * logger is off unless asked for ({@code serve --access-log}, {@code DOTPORTION_ACCESS_LOG=on}); while it
 * is off a request costs one level check.
 */
public final class AccessLog implements Filter {
    public static final String LOGGER = "io.dotportion.access";

    private final Logger log;

    public AccessLog() {
        this(LoggerFactory.getLogger(LOGGER));
    }

    AccessLog(Logger log) {
        this.log = log;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        if (!log.isInfoEnabled()) {
            chain.proceed();
            return;
        }
        String method = req.prologue().method().text();
        String path = req.path().rawPath(); // before routing: services see paths relative to their prefix
        long start = System.nanoTime();
        try {
            chain.proceed();
        } finally {
            int status = res.status().code();
            double millis = (System.nanoTime() - start) / 1_000_000.0;
            String duration = String.format(Locale.ROOT, "%.1f", millis);
            log.atInfo()
                    .addKeyValue("method", method)
                    .addKeyValue("path", path)
                    .addKeyValue("status", status)
                    .addKeyValue("durationMs", Double.valueOf(duration))
                    .log("{} {} {} {}ms", method, path, status, duration);
        }
    }
}
