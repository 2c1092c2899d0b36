package io.dotportion.nodes.http;

import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's one HTTP client for tenants' calls (connection pooling, HTTP/2 over TLS when the server offers
 * it), behind the egress policy: every exchange's host is resolved and checked first, and the client follows no
 * redirect itself. Close it at shutdown. Errors are fixed messages: no host, port or server text.
 *
 * <p>The check and the client's own connect read the same JVM address cache (positive answers are kept 30 s by
 * default, {@code networkaddress.cache.ttl}), so the connection goes to an address that was checked; the residual
 * risk is a name whose cached answer expires in the moment between the two (docs/SECRETS.md, "Egress").
 */
public final class OutboundHttp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboundHttp.class);

    private final HttpClient client;
    private final EgressPolicy egress;
    private final HttpSettings settings;

    public OutboundHttp(EgressPolicy egress, HttpSettings settings) {
        this.egress = egress;
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_2)
                .build();
    }

    public HttpSettings settings() {
        return settings;
    }

    /** Refuses {@code uri} unless the egress policy allows every address its host resolves to. */
    void check(URI uri, boolean redirected) {
        switch (egress.check(uri.getHost(), Redirects.port(uri))) {
            case EgressDecision.Allowed allowed -> {}
            case EgressDecision.Refused refused ->
                throw new NodeFailure(
                        ErrorCode.UPSTREAM_UNAVAILABLE,
                        (redirected ? "the HTTP call was redirected to a destination that is refused: " : "")
                                + EgressDecision.REFUSED_MESSAGE);
            case EgressDecision.Unresolved unresolved ->
                throw new NodeFailure(
                        ErrorCode.UPSTREAM_UNAVAILABLE,
                        redirected
                                ? "the HTTP call was redirected to a host name that does not resolve"
                                : "the HTTP server's host name does not resolve");
        }
    }

    /** One exchange, no redirects, within {@code timeoutNanos}; the body read up to the size limit. */
    HttpResponse<byte[]> exchange(HttpRequest request, long timeoutNanos) {
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(
                request,
                CappedBody.handler(settings.maxResponseBytes(), request.method().equals("HEAD")));
        try {
            return call.get(Math.max(timeoutNanos, 1), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw timedOut();
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new NodeFailure(ErrorCode.EXECUTION_FAILED, "the HTTP call was interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private NodeFailure failure(Throwable cause) {
        LOG.debug(
                "http node call failed: {}",
                cause == null ? "?" : cause.getClass().getName());
        for (Throwable t = cause; t != null; t = t.getCause()) {
            switch (t) {
                case CappedBody.TooLarge tooLarge -> {
                    return new NodeFailure(
                            ErrorCode.EXECUTION_FAILED,
                            "the HTTP response body is larger than the limit of " + settings.maxResponseBytes()
                                    + " bytes");
                }
                case HttpTimeoutException timeout -> {
                    return timedOut();
                }
                case ConnectException refused -> {
                    return new NodeFailure(ErrorCode.UPSTREAM_UNAVAILABLE, "the HTTP server could not be reached");
                }
                case SSLException tls -> {
                    return new NodeFailure(
                            ErrorCode.UPSTREAM_UNAVAILABLE, "the TLS handshake with the HTTP server failed");
                }
                default -> {}
            }
        }
        return new NodeFailure(
                ErrorCode.UPSTREAM_UNAVAILABLE,
                "the HTTP call failed (the connection closed or the answer was malformed)");
    }

    private static NodeFailure timedOut() {
        return new NodeFailure(ErrorCode.TIMEOUT, "the HTTP call did not finish within its time limit");
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
