package io.dotportion.server.gateway;

import io.dotportion.core.value.MalformedInputException;
import io.dotportion.core.value.PercentDecoding;
import io.dotportion.core.value.Utf8;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The headers of one part of a form: its name and, for a file, its filename (from {@code Content-Disposition:
 * form-data}) and {@code Content-Type}. Header bytes are strict UTF-8 (browsers send file names unescaped);
 * a quoted value ends at the next quote, as browsers write it ({@code "} sent as {@code %22}, kept as sent);
 * {@code filename*=UTF-8''...} (RFC 5987) is read when there is no {@code filename}.
 */
record PartHeaders(String name, String filename, String contentType) {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

    static PartHeaders parse(byte[] block) {
        Map<String, String> headers = headers(block);
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw MultipartForm.invalid("a part has no Content-Disposition header");
        }
        int semicolon = disposition.indexOf(';');
        String type = (semicolon < 0 ? disposition : disposition.substring(0, semicolon)).strip();
        if (!type.equalsIgnoreCase("form-data")) {
            throw MultipartForm.invalid("a part's Content-Disposition is not form-data");
        }
        Map<String, String> params = semicolon < 0 ? Map.of() : params(disposition.substring(semicolon + 1));
        String name = params.get("name");
        if (name == null || name.isEmpty()) {
            throw MultipartForm.invalid("a part has no name");
        }
        String filename = params.containsKey("filename") ? params.get("filename") : extended(params.get("filename*"));
        String encoding = headers.get("content-transfer-encoding");
        if (encoding != null && !encoding.strip().toLowerCase(Locale.ROOT).matches("7bit|8bit|binary")) {
            throw MultipartForm.invalid("the part '" + name + "' has an unsupported Content-Transfer-Encoding");
        }
        String contentType = headers.get("content-type");
        return new PartHeaders(name, filename, contentType == null ? null : contentType.strip());
    }

    private static Map<String, String> headers(byte[] block) {
        String text;
        try {
            text = Utf8.decode(block);
        } catch (MalformedInputException e) {
            throw MultipartForm.invalid("a part's headers are not valid UTF-8");
        }
        Map<String, String> headers = new HashMap<>();
        for (String line : text.split("\r\n")) {
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0
                    || line.indexOf('\r') >= 0
                    || line.indexOf('\n') >= 0
                    || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                throw MultipartForm.invalid("a part has a malformed header line");
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            if (headers.put(name, line.substring(colon + 1).strip()) != null) {
                throw MultipartForm.invalid("a part has two " + name + " headers");
            }
        }
        return headers;
    }

    /** {@code ; key=value; key="quoted value"}: keys lowercase, each at most once. */
    private static Map<String, String> params(String text) {
        Map<String, String> params = new HashMap<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ';' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw MultipartForm.invalid("a part's Content-Disposition has a parameter without a value");
            }
            String key = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            int end;
            String value;
            if (eq + 1 < text.length() && text.charAt(eq + 1) == '"') {
                end = text.indexOf('"', eq + 2);
                if (end < 0) {
                    throw MultipartForm.invalid("a part's Content-Disposition has an unclosed quote");
                }
                value = text.substring(eq + 2, end);
                end++;
            } else {
                end = text.indexOf(';', eq + 1);
                end = end < 0 ? text.length() : end;
                value = text.substring(eq + 1, end).strip();
            }
            if (!TOKEN.matcher(key).matches() || params.put(key, value) != null) {
                throw MultipartForm.invalid("a part's Content-Disposition has a malformed or repeated parameter");
            }
            i = end;
        }
        return params;
    }

    /** RFC 5987 {@code UTF-8''percent-encoded}; null when absent. */
    private static String extended(String value) {
        if (value == null) {
            return null;
        }
        int quote = value.indexOf("''");
        if (quote < 0 || !value.substring(0, quote).equalsIgnoreCase("utf-8")) {
            throw MultipartForm.invalid("a part's filename* is not UTF-8''...");
        }
        try {
            return PercentDecoding.decode(value.substring(quote + 2), false);
        } catch (MalformedInputException e) {
            throw MultipartForm.invalid("a part's filename* is badly encoded");
        }
    }
}
