package io.dotportion.server.http;

import io.helidon.common.buffers.DataReader;
import io.helidon.webserver.http.ServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Reads a request entity into memory, never more than a fixed number of bytes. A declared
 * {@code Content-Length} is read exactly (and refused before reading when over the limit); a body without
 * one (chunked) is read into a buffer that grows with what arrives, never past the limit plus one byte.
 * The whole body must arrive within the read deadline ({@link ReadDeadlines}); a body that stops, or a
 * connection that breaks, is a {@link ClientGoneException} (logged once per kind and minute, never a stack).
 */
public final class BoundedBody {
    static final int FIRST_CHUNK_BYTES = 8 * 1024;
    private static final byte[] EMPTY = new byte[0];
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    private BoundedBody() {}

    /** The whole body (empty when there is none); {@code PAYLOAD_TOO_LARGE} when it exceeds {@code maxBytes}. */
    public static byte[] read(ServerRequest req, long maxBytes) {
        var declared = req.headers().contentLength();
        if (declared.isPresent() && declared.getAsLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (!req.content().hasEntity()) {
            return EMPTY;
        }
        try (ReadDeadlines.Armed deadline = ReadDeadlines.armFor(req);
                InputStream in = req.content().inputStream()) {
            return read(in, declared, maxBytes);
        } catch (IOException | UncheckedIOException | DataReader.InsufficientDataAvailableException e) {
            throw new ClientGoneException(e);
        }
    }

    /** Reads {@code in}: exactly {@code declared} bytes when given, else up to the limit, growing as it goes. */
    static byte[] read(InputStream in, OptionalLong declared, long maxBytes) throws IOException {
        if (declared.isPresent()) {
            if (declared.getAsLong() > maxBytes) {
                throw tooLarge(maxBytes);
            }
            return in.readNBytes((int) declared.getAsLong());
        }
        int cap = (int) Math.min(MAX_ARRAY, maxBytes + 1);
        byte[] buf = new byte[Math.min(cap, FIRST_CHUNK_BYTES)];
        int len = 0;
        while (true) {
            if (len == buf.length) {
                if (len == cap) {
                    break;
                }
                buf = Arrays.copyOf(buf, (int) Math.min(cap, (long) len * 2));
            }
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                break;
            }
            len += n;
        }
        if (len > maxBytes) {
            throw tooLarge(maxBytes);
        }
        return len == 0 ? EMPTY : Arrays.copyOf(buf, len);
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(ApiError.PAYLOAD_TOO_LARGE, "request body exceeds " + maxBytes + " bytes");
    }
}
