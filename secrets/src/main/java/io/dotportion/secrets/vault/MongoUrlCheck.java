package io.dotportion.secrets.vault;

import com.mongodb.ConnectionString;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a MongoDB URL with the driver's own parser and explains what is wrong without echoing it:
 * quoted fragments of the driver's message (hosts, options) are removed, and when the message would
 * still contain the URL or its password a generic reason is given instead.
 */
final class MongoUrlCheck {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'");
    private static final String GENERIC = "the MongoDB driver cannot parse it (check the user name, password, hosts, port and options)";

    /** Why {@code url} is not a usable MongoDB URL, or empty when it is. */
    Optional<String> problem(String url) {
        if (!url.startsWith("mongodb://") && !url.startsWith("mongodb+srv://")) {
            return Optional.of("it must start with mongodb:// or mongodb+srv://");
        }
        if (url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of("it contains whitespace or control characters");
        }
        try {
            ConnectionString parsed = new ConnectionString(url);
            if (parsed.getHosts().isEmpty()) {
                return Optional.of("it names no host");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(safeReason(e.getMessage(), url));
        }
    }

    private static String safeReason(String driverMessage, String url) {
        if (driverMessage == null) {
            return GENERIC;
        }
        String reason = QUOTED.matcher(driverMessage).replaceAll("'…'");
        if (reason.contains(url) || leaksUserInfo(reason, url)) {
            return GENERIC;
        }
        return "the MongoDB driver rejects it: " + reason;
    }

    private static boolean leaksUserInfo(String reason, String url) {
        int schemeEnd = url.indexOf("://") + 3;
        int at = url.lastIndexOf('@');
        int colon = url.indexOf(':', schemeEnd);
        if (at <= schemeEnd || colon < 0 || colon > at) {
            return false;
        }
        String password = url.substring(colon + 1, at);
        if (reason.contains(password)) {
            return true;
        }
        for (String part : password.split("[:@/?#]")) {
            if (part.length() >= 3 && reason.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
