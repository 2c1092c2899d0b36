package io.dotportion.server.gateway;

import java.util.Locale;
import java.util.regex.Pattern;

/** The {@code boundary} parameter of a {@code multipart/form-data} content type (RFC 2046: 1 to 70 bchars). */
final class MultipartBoundary {
    private static final Pattern BCHARS = Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

    private MultipartBoundary() {}

    static String of(String contentType) {
        String boundary = null;
        String[] params = contentType.split(";");
        for (int i = 1; i < params.length; i++) {
            String param = params[i].strip();
            int eq = param.indexOf('=');
            if (eq > 0
                    && param.substring(0, eq).strip().toLowerCase(Locale.ROOT).equals("boundary")) {
                if (boundary != null) {
                    throw MultipartForm.invalid("the content type names the boundary twice");
                }
                boundary = unquote(param.substring(eq + 1).strip());
            }
        }
        if (boundary == null) {
            throw MultipartForm.invalid("the content type has no boundary parameter");
        }
        if (!BCHARS.matcher(boundary).matches()) {
            throw MultipartForm.invalid(
                    "the boundary must be 1 to 70 letters, digits or '()+_,-./:=? (not ending in a space)");
        }
        return boundary;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
