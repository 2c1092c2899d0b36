package io.dotportion.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Ids and names as URL path segments. */
final class Paths {
    private Paths() {}

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
