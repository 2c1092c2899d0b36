package io.dotportion.nodes.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory up to a byte limit: a body that declares or sends more fails with
 * {@link TooLarge} as soon as it passes the limit (the rest is not read; the exchange is cancelled).
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(int limit) {
        this.limit = limit;
    }

    /**
     * The handler: redirect bodies (and the empty body of an answer to HEAD, whatever length it declares) are
     * discarded, others read up to {@code limit} bytes.
     */
    static HttpResponse.BodyHandler<byte[]> handler(int limit, boolean head) {
        return info -> {
            if (head
                    || Redirects.isRedirect(info.statusCode())
                            && info.headers().firstValue("location").isPresent()) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            CappedBody body = new CappedBody(limit);
            if (declared > limit) {
                body.result.completeExceptionally(new TooLarge());
            }
            return body;
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    /** The body is over the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("response over the limit", null, false, false);
        }
    }
}
