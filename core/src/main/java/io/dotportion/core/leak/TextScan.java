package io.dotportion.core.leak;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules, applied to one string. Template expressions ({@code {{ ... }}}) are blanked first: they name
 * values, they are not values. Specific rules run before the high-entropy rule, and what they matched is
 * blanked, so one literal gives one finding. A string gives at most one finding per kind.
 */
final class TextScan {
    private static final Pattern MONGODB_URL =
            Pattern.compile("mongodb(?:\\+srv)?://([^\\s:@/\"'`]+):([^\\s@/\"'`]+)@", Pattern.CASE_INSENSITIVE);
    /** Stand-ins that documentation uses for a password: {@code <password>}, {@code ${PASS}}, {@code ****}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^>]*>|\\$\\{[^}]*}|\\*+|x+|X+|\\.\\.\\.|…");

    private static final Pattern PRIVATE_KEY =
            Pattern.compile("-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----");
    private static final Pattern JWT = Pattern.compile(
            "(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,})\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])");
    /** {@code Bearer <token>}: 16 or more token characters, with a letter and a digit (not a variable name). */
    private static final Pattern BEARER =
            Pattern.compile("(?i)(?<![A-Za-z0-9])bearer\\s+([A-Za-z0-9._~+/-]{16,}=*)(?![A-Za-z0-9._~+/=-])");
    /** {@code Basic <base64 of user:password>}. */
    private static final Pattern BASIC =
            Pattern.compile("(?i)(?<![A-Za-z0-9])basic\\s+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])");

    private static final Pattern LETTER_AND_DIGIT = Pattern.compile("(?=.*[A-Za-z])(?=.*[0-9]).*");

    /** The longest template expression blanked, in characters between the braces. */
    static final int MAX_EXPRESSION = 256;

    private final LeakThresholds thresholds;

    TextScan(LeakThresholds thresholds) {
        this.thresholds = thresholds;
    }

    List<Finding> scan(String path, String text) {
        StringBuilder rest = new StringBuilder(text);
        blankTemplates(rest);
        Map<CredentialKind, Finding> found = new EnumMap<>(CredentialKind.class);
        mongoUrls(path, rest, found);
        privateKeys(path, rest, found);
        jwts(path, rest, found);
        apiKeys(path, rest, found);
        authorization(path, rest, found);
        highEntropy(path, rest, found);
        return new ArrayList<>(found.values());
    }

    private static void mongoUrls(String path, StringBuilder text, Map<CredentialKind, Finding> found) {
        List<int[]> hits = new ArrayList<>();
        Matcher m = MONGODB_URL.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDER.matcher(m.group(2)).matches()) {
                put(found, path, CredentialKind.MONGODB_URL, "", "mongodb://***:***@…");
                hits.add(new int[] {m.start(), m.end()});
            }
        }
        blankAll(text, hits);
    }

    private static void privateKeys(String path, StringBuilder text, Map<CredentialKind, Finding> found) {
        Matcher m = PRIVATE_KEY.matcher(text);
        if (m.find()) {
            put(found, path, CredentialKind.PRIVATE_KEY, "", "-----BEGIN " + m.group(1) + "-----…");
            int end = text.indexOf("-----END", m.end());
            blankRange(text, m.start(), end < 0 ? text.length() : end);
        }
    }

    private static void jwts(String path, StringBuilder text, Map<CredentialKind, Finding> found) {
        List<int[]> hits = new ArrayList<>();
        Matcher m = JWT.matcher(text);
        while (m.find()) {
            if (headerNamesAlgorithm(m.group(1))) {
                put(found, path, CredentialKind.JWT, "", "eyJ…");
                hits.add(new int[] {m.start(), m.end()});
            }
        }
        blankAll(text, hits);
    }

    private static boolean headerNamesAlgorithm(String header) {
        try {
            return new String(Base64.getUrlDecoder().decode(header), StandardCharsets.UTF_8).contains("\"alg\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void apiKeys(String path, StringBuilder text, Map<CredentialKind, Finding> found) {
        for (KeyPrefixes.Rule rule : KeyPrefixes.RULES) {
            List<int[]> hits = new ArrayList<>();
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                put(found, path, CredentialKind.API_KEY, rule.provider(), rule.preview());
                hits.add(new int[] {m.start(), m.end()});
            }
            blankAll(text, hits);
        }
    }

    private static void authorization(String path, StringBuilder text, Map<CredentialKind, Finding> found) {
        List<int[]> hits = new ArrayList<>();
        Matcher bearer = BEARER.matcher(text);
        while (bearer.find()) {
            if (LETTER_AND_DIGIT.matcher(bearer.group(1)).matches()) {
                put(found, path, CredentialKind.AUTHORIZATION, "", "Bearer …");
                hits.add(new int[] {bearer.start(1), bearer.end(1)});
            }
        }
        Matcher basic = BASIC.matcher(text);
        while (basic.find()) {
            if (decodesToUserAndPassword(basic.group(1))) {
                put(found, path, CredentialKind.AUTHORIZATION, "", "Basic …");
                hits.add(new int[] {basic.start(1), basic.end(1)});
            }
        }
        blankAll(text, hits);
    }

    private static boolean decodesToUserAndPassword(String base64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 && colon < decoded.length() - 1 && decoded.chars().noneMatch(c -> c < 0x20);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void highEntropy(String path, StringBuilder text, Map<CredentialKind, Finding> found) {
        Matcher m = Entropy.RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            if (!dataUri(text, m.start()) && Entropy.looksRandom(run, thresholds)) {
                String preview = run.substring(0, 2) + "… (" + run.length() + " characters)";
                put(found, path, CredentialKind.HIGH_ENTROPY, "", preview);
                return;
            }
        }
    }

    private static boolean dataUri(CharSequence text, int start) {
        String before = ";base64,";
        return start >= before.length()
                && text.subSequence(start - before.length(), start).toString().equalsIgnoreCase(before);
    }

    private static void put(
            Map<CredentialKind, Finding> found, String path, CredentialKind kind, String detail, String preview) {
        found.putIfAbsent(kind, new Finding(path, kind, detail, preview));
    }

    /**
     * Blanks each template expression: {@code {{}}, at most {@link #MAX_EXPRESSION} characters without a brace,
     * {@code }}}. Longer or nested text is not an expression and stays. At most that many steps per character.
     */
    private static void blankTemplates(StringBuilder text) {
        int open = text.indexOf("{{");
        while (open >= 0) {
            int limit = Math.min(text.length() - 1, open + 2 + MAX_EXPRESSION);
            int at = open + 2;
            while (at < limit && text.charAt(at) != '{' && text.charAt(at) != '}') {
                at++;
            }
            boolean closed = at < limit && text.charAt(at) == '}' && text.charAt(at + 1) == '}';
            if (closed) {
                blankRange(text, open, at + 2);
            }
            open = text.indexOf("{{", closed ? at + 2 : open + 1);
        }
    }

    /** Blanks ranges found by a finished match loop (a matcher must not see its input change). */
    private static void blankAll(StringBuilder text, List<int[]> ranges) {
        ranges.forEach(r -> blankRange(text, r[0], r[1]));
    }

    private static void blankRange(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
