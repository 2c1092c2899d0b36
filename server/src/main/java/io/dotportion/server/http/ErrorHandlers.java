package io.dotportion.server.http;

import io.dotportion.core.port.ConflictException;
import io.dotportion.secrets.vault.SecretInputException;
import io.dotportion.secrets.vault.SecretUnavailableException;
import io.helidon.http.HttpException;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that maps exceptions to HTTP answers. Never sends a stack trace. Errors of the client
 * (it stopped sending, or sent what HTTP refuses) go to the {@link ClientErrorLog}: counted, one line per kind
 * and minute, no stack; only unexpected failures are logged with theirs.
 */
public final class ErrorHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {}

    public static void register(HttpRouting.Builder routing, ClientErrorLog clientErrors) {
        routing.error(ApiException.class, (req, res, e) -> answer(res, e));
        routing.error(ClientGoneException.class, (req, res, e) -> {
            clientErrors.record("the client stopped sending its request body");
            answer(res, new ApiException(ApiError.INVALID_REQUEST, "the request body did not arrive"));
        });
        routing.error(
                ConflictException.class,
                (req, res, e) -> answer(res, new ApiException(ApiError.CONFLICT, e.field() + " is already taken")));
        routing.error(SecretInputException.class, (req, res, e) -> answer(res, secretInput(e)));
        routing.error(SecretUnavailableException.class, (req, res, e) -> answer(res, secretUnavailable(e)));
        routing.error(HttpException.class, (req, res, e) -> {
            if (e.status().code() >= 400 && e.status().code() < 500) {
                clientErrors.record("HTTP " + e.status().code() + " refused by the server");
            }
            protocol(req, res, e);
        });
        routing.error(Throwable.class, ErrorHandlers::unexpected);
    }

    /**
     * The status the handlers above answer for {@code failure} (what the request metrics record when a
     * failure passes through their filter before it is answered).
     */
    public static int status(Throwable failure) {
        return switch (failure) {
            case ApiException e -> e.status();
            case ClientGoneException e -> ApiError.INVALID_REQUEST.status();
            case ConflictException e -> ApiError.CONFLICT.status();
            case SecretInputException e -> secretInput(e).status();
            case SecretUnavailableException e -> ApiError.SECRET_UNAVAILABLE.status();
            case HttpException e -> e.status().code();
            default -> ApiError.INTERNAL.status();
        };
    }

    /** 404 JSON for any route nobody serves. */
    public static void notFound(ServerRequest req, ServerResponse res) {
        answer(
                res,
                new ApiException(
                        ApiError.NOT_FOUND,
                        "no route for " + req.prologue().method().text() + " "
                                + req.path().path()));
    }

    public static void answer(ServerResponse res, ApiException e) {
        if (!res.isSent()) {
            try {
                JsonResponses.error(res, e);
            } catch (java.io.UncheckedIOException | IllegalStateException gone) {
                // the connection is already closed (the client left, or its read deadline passed)
            }
        }
    }

    /** A rejected secret write: its own stable code; the message names the rule, never the value. */
    static ApiException secretInput(SecretInputException e) {
        ApiError error = switch (e.code()) {
            case INVALID_SECRET_NAME -> ApiError.INVALID_SECRET_NAME;
            case INVALID_SECRET_TYPE -> ApiError.INVALID_SECRET_TYPE;
            case INVALID_SECRET_VALUE -> ApiError.INVALID_SECRET_VALUE;
            case INVALID_GRACE_SECONDS -> ApiError.INVALID_GRACE_SECONDS;
            case INVALID_SECRET_METADATA -> ApiError.INVALID_SECRET_METADATA;
            case SECRET_TYPE_CHANGED -> ApiError.SECRET_TYPE_CHANGED;
            case INVALID_ENVIRONMENT -> ApiError.INVALID_ENVIRONMENT;
            case SECRET_NOT_STAGED -> ApiError.SECRET_NOT_STAGED;
            case ENVIRONMENT_LIMIT -> ApiError.ENVIRONMENT_LIMIT;
        };
        return new ApiException(error, e.getMessage());
    }

    /** A stored secret or project key that does not open: logged without detail, answered with its code. */
    static ApiException secretUnavailable(SecretUnavailableException e) {
        LOG.warn("secret '{}' is unavailable: {}", e.secretName(), e.code());
        return new ApiException(
                ApiError.SECRET_UNAVAILABLE,
                e.getMessage(),
                Map.of("reason", e.code().name()));
    }

    /** Helidon's own answers (304 on revalidation, 400 on a bad request line ...) keep their status. */
    private static void protocol(ServerRequest req, ServerResponse res, HttpException e) {
        int status = e.status().code();
        if (res.isSent()) {
            return;
        }
        if (status < 400) {
            res.status(e.status()).send();
            return;
        }
        ApiError error = switch (status) {
            case 401 -> ApiError.UNAUTHORIZED;
            case 403 -> ApiError.FORBIDDEN;
            case 404 -> ApiError.NOT_FOUND;
            case 405 -> ApiError.METHOD_NOT_ALLOWED;
            case 413 -> ApiError.PAYLOAD_TOO_LARGE;
            default -> status < 500 ? ApiError.INVALID_REQUEST : ApiError.INTERNAL;
        };
        answer(
                res,
                new ApiException(
                        error,
                        status < 500 ? "the request could not be handled (HTTP " + status + ")" : "internal error"));
    }

    private static void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
        LOG.error(
                "unexpected failure on {} {}",
                req.prologue().method().text(),
                req.path().path(),
                e);
        answer(res, new ApiException(ApiError.INTERNAL, "internal error"));
    }
}
