package io.dotportion.nodes.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** How the node follows a redirect itself: which statuses, the next method, and whether the origin changed. */
final class Redirects {
    private Redirects() {}

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** 303 always, and 301/302 after anything but GET or HEAD, continue as GET without a body (as browsers do). */
    static boolean becomesGet(int status, String method) {
        return status == 303 && !method.equals("HEAD")
                || (status == 301 || status == 302) && !method.equals("GET") && !method.equals("HEAD");
    }

    /** Same scheme, host and port: credentials are only sent again to the origin they were meant for. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().toLowerCase(Locale.ROOT).equals(b.getHost().toLowerCase(Locale.ROOT))
                && port(a) == port(b);
    }

    static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return Objects.equals(uri.getScheme().toLowerCase(Locale.ROOT), "https") ? 443 : 80;
    }
}
