package io.dotportion.nodes.mongo;

import java.util.Optional;
import java.util.regex.Pattern;

/** What secret, database and collection names may look like. Each check returns the reason a name is refused. */
final class NameRules {
    static final int MAX_COLLECTION_LENGTH = 120;
    static final int MAX_DATABASE_LENGTH = 63;
    private static final Pattern SECRET = Pattern.compile("[a-z0-9_-]{1,64}");
    private static final String DATABASE_FORBIDDEN = "/\\. \"$*<>:|?";

    private NameRules() {}

    static Optional<String> secretProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("secret is required: the name of a mongodb secret");
        }
        return SECRET.matcher(name).matches()
                ? Optional.empty()
                : Optional.of("secret name must be 1 to 64 of a-z, 0-9, '_' and '-'");
    }

    static Optional<String> collectionProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("collection is required");
        }
        if (name.length() > MAX_COLLECTION_LENGTH) {
            return Optional.of("collection name must be at most " + MAX_COLLECTION_LENGTH + " characters");
        }
        if (name.indexOf('$') >= 0 || name.indexOf('\0') >= 0) {
            return Optional.of("collection name must not contain '$' or a null character");
        }
        if (name.startsWith("system.")) {
            return Optional.of("collection names starting with 'system.' are reserved");
        }
        if (name.startsWith(".") || name.endsWith(".")) {
            return Optional.of("collection name must not start or end with '.'");
        }
        return Optional.empty();
    }

    static Optional<String> databaseProblem(String name) {
        if (name.isEmpty() || name.length() > MAX_DATABASE_LENGTH) {
            return Optional.of("database name must be 1 to " + MAX_DATABASE_LENGTH + " characters");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\0' || DATABASE_FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of("database name must not contain spaces or any of / \\ . \" $ * < > : | ?");
            }
        }
        return Optional.empty();
    }
}
