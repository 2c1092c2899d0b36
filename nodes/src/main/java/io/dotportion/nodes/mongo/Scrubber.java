package io.dotportion.nodes.mongo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes connection details from text before it goes anywhere (error messages, log lines): every
 * {@code scheme://user:password@} prefix, and each known secret text (the whole URL, its password, raw and
 * URL-encoded), replaced by {@code [secret:<name>]}.
 */
final class Scrubber {
    static final Scrubber GENERIC = new Scrubber("[redacted]", List.of());
    private static final Pattern CREDENTIALS = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://)[^@/\\s\"']*@");
    private static final int MIN_SECRET_LENGTH = 3;

    private final String label;
    private final List<String> secrets;

    private Scrubber(String label, List<String> secrets) {
        this.label = label;
        this.secrets = secrets.stream().filter(s -> s != null && s.length() >= MIN_SECRET_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Scrubs the URL of a named secret and its password (may be null). */
    static Scrubber forSecret(String secretName, String url, String password) {
        List<String> secrets = new ArrayList<>();
        secrets.add(url);
        if (password != null) {
            secrets.add(password);
            secrets.add(URLEncoder.encode(password, StandardCharsets.UTF_8));
            secrets.add(URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return new Scrubber("[secret:" + secretName + "]", secrets);
    }

    String scrub(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String secret : secrets) {
            out = out.replace(secret, label);
        }
        return CREDENTIALS.matcher(out).replaceAll("$1" + Matcher.quoteReplacement(label) + "@");
    }
}
