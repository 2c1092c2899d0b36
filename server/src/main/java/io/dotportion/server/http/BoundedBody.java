package io.dotportion.server.http;

import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request entity into memory, never more than a fixed number of bytes. */
public final class BoundedBody {
    private static final byte[] EMPTY = new byte[0];

    private BoundedBody() {
    }

    /** The whole body (empty when there is none); {@code PAYLOAD_TOO_LARGE} when it exceeds {@code maxBytes}. */
    public static byte[] read(ServerRequest req, long maxBytes) {
        var declared = req.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (!req.content().hasEntity()) {
            return EMPTY;
        }
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1);
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(cap);
            if (bytes.length > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(ApiError.PAYLOAD_TOO_LARGE, "request body exceeds " + maxBytes + " bytes");
    }
}
