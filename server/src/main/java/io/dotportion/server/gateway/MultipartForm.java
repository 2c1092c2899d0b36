package io.dotportion.server.gateway;

import io.dotportion.core.value.MalformedInputException;
import io.dotportion.core.value.Utf8;
import io.dotportion.core.value.Values;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code multipart/form-data} body (RFC 7578), read strictly from the bounded body already in memory: it
 * starts with the boundary, every part has headers ended by a blank line and a {@code Content-Disposition:
 * form-data} with a name, every delimiter is followed by a line break or closes the body, and the closing
 * delimiter is there. A field is its text (strict UTF-8); a file (a part with a {@code filename}) is
 * {@code {filename, contentType, size, base64}}; a repeated name is a list of its values in order. Anything
 * else is 400 {@code INVALID_REQUEST}; more parts than the limit is 413 {@code PAYLOAD_TOO_LARGE}.
 */
final class MultipartForm {
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] BLANK_LINE = {'\r', '\n', '\r', '\n'};
    private static final byte[] DASHES = {'-', '-'};
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private MultipartForm() {}

    static Object parse(String contentType, byte[] body, int maxParts) {
        String boundary = MultipartBoundary.of(contentType);
        byte[] first = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        if (!at(body, 0, first)) {
            throw invalid("the body does not start with its boundary");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        int pos = first.length;
        int parts = 0;
        while (!at(body, pos, DASHES)) {
            pos = afterLineBreak(body, pos);
            if (++parts > maxParts) {
                throw new ApiException(ApiError.PAYLOAD_TOO_LARGE, "the form has more than " + maxParts + " parts");
            }
            int next = indexOf(body, delimiter, pos);
            if (next < 0) {
                throw invalid("the body ends before its closing boundary");
            }
            int contentStart = contentStart(body, pos, next);
            PartHeaders headers = PartHeaders.parse(Arrays.copyOfRange(body, pos, contentStart - 2));
            add(fields, headers, Arrays.copyOfRange(body, contentStart, next));
            pos = next + delimiter.length;
        }
        return Values.immutableCopy(fields);
    }

    /** After a delimiter: optional transport padding (spaces, tabs), then CRLF; else the boundary is misplaced. */
    private static int afterLineBreak(byte[] body, int pos) {
        if (pos >= body.length) {
            throw invalid("the body ends before its closing boundary");
        }
        int at = pos;
        while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        if (!at(body, at, CRLF)) {
            throw invalid("a boundary is followed by something other than a line break");
        }
        return at + CRLF.length;
    }

    /** Where the content begins: after the blank line that ends the headers, which must come before the next delimiter. */
    private static int contentStart(byte[] body, int headersStart, int next) {
        if (at(body, headersStart, CRLF)) {
            if (next == headersStart) {
                throw invalid("a part has no headers");
            }
            return headersStart + CRLF.length;
        }
        int end = indexOf(body, BLANK_LINE, headersStart);
        if (end < 0 || end + BLANK_LINE.length > next) {
            throw invalid("a part's headers do not end with a blank line");
        }
        if (end - headersStart > MAX_HEADER_BYTES) {
            throw invalid("a part's headers are longer than " + MAX_HEADER_BYTES + " bytes");
        }
        return end + BLANK_LINE.length;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> fields, PartHeaders headers, byte[] content) {
        Object value = headers.filename() == null ? text(headers.name(), content) : file(headers, content);
        fields.merge(headers.name(), value, (old, added) -> {
            List<Object> all =
                    old instanceof List<?> list ? new ArrayList<>((List<Object>) list) : new ArrayList<>(List.of(old));
            all.add(added);
            return all;
        });
    }

    private static String text(String name, byte[] content) {
        try {
            return Utf8.decode(content);
        } catch (MalformedInputException e) {
            throw invalid("the field '" + name + "' is not valid UTF-8");
        }
    }

    private static Map<String, Object> file(PartHeaders headers, byte[] content) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("filename", headers.filename());
        file.put("contentType", headers.contentType() == null ? "application/octet-stream" : headers.contentType());
        file.put("size", content.length);
        file.put("base64", Base64.getEncoder().encodeToString(content));
        return file;
    }

    private static boolean at(byte[] body, int pos, byte[] expected) {
        return pos + expected.length <= body.length
                && Arrays.equals(body, pos, pos + expected.length, expected, 0, expected.length);
    }

    static int indexOf(byte[] body, byte[] needle, int from) {
        int last = body.length - needle.length;
        for (int i = from; i <= last; i++) {
            if (body[i] == needle[0] && at(body, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    static ApiException invalid(String problem) {
        return new ApiException(ApiError.INVALID_REQUEST, "malformed multipart body: " + problem);
    }
}
