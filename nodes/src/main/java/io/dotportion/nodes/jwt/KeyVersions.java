package io.dotportion.nodes.jwt;

import io.dotportion.core.node.NodeContext;
import io.dotportion.core.secret.Secret;
import java.util.Optional;

/**
 * Picks the key a token names: its {@code kid} header is the secret version that signed it. No kid, or the
 * current version, means the current value; an older version is used only while the context still offers
 * it (the secret's grace window after a rotation).
 */
final class KeyVersions {
    private static final int MAX_DIGITS = 9;

    private KeyVersions() {}

    static Secret select(String kid, String secretName, NodeContext context) throws TokenRejected {
        Secret current = context.secret(secretName, ConfigChecks.SECRET_TYPE);
        if (kid == null) {
            return current;
        }
        int version = parse(kid).orElseThrow(() -> new TokenRejected("token key id is not a version of the secret"));
        if (version == current.version()) {
            return current;
        }
        return context.secretVersion(secretName, ConfigChecks.SECRET_TYPE, version)
                .orElseThrow(() -> new TokenRejected("token was signed with a key version that is no longer accepted"));
    }

    private static Optional<Integer> parse(String kid) {
        if (kid.isEmpty() || kid.length() > MAX_DIGITS || !kid.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(kid));
    }
}
