package io.dotportion.core.egress;

import java.util.Locale;
import java.util.regex.Pattern;

/** How host names are compared: lower case, without brackets or a trailing dot. */
final class HostNames {
    private static final Pattern NAME =
            Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*");

    private HostNames() {}

    static String normalize(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    static boolean validName(String normalized) {
        return normalized.length() <= 253 && NAME.matcher(normalized).matches();
    }
}
