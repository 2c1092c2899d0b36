package io.dotportion.server.http;

import io.dotportion.core.port.ConflictException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that maps exceptions to HTTP answers. Never sends a stack trace. */
public final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ApiException.class, (req, res, e) -> answer(res, e));
        routing.error(ConflictException.class,
                (req, res, e) -> answer(res, new ApiException(ApiError.CONFLICT, e.field() + " is already taken")));
        routing.error(Throwable.class, ErrorHandlers::unexpected);
    }

    /** 404 JSON for any route nobody serves. */
    public static void notFound(ServerRequest req, ServerResponse res) {
        answer(res, new ApiException(ApiError.NOT_FOUND, "no route for " + req.prologue().method().text()
                + " " + req.path().path()));
    }

    public static void answer(ServerResponse res, ApiException e) {
        if (!res.isSent()) {
            JsonResponses.error(res, e);
        }
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
        LOG.error("unexpected failure on {} {}", req.prologue().method().text(), req.path().path(), e);
        answer(res, new ApiException(ApiError.INTERNAL, "internal error"));
    }
}
