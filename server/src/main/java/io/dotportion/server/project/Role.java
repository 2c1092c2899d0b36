package io.dotportion.server.project;

import java.util.Locale;
import java.util.Optional;

/** A member's role in a project; each role can do everything the roles below it can. */
public enum Role {
    VIEWER,
    EDITOR,
    OWNER;

    /** The role named {@code owner}, {@code editor} or {@code viewer}. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "owner" -> Optional.of(OWNER);
            case "editor" -> Optional.of(EDITOR);
            case "viewer" -> Optional.of(VIEWER);
            default -> Optional.empty();
        };
    }

    /** The name stored and shown: {@code owner}, {@code editor} or {@code viewer}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean allows(Permission permission) {
        return compareTo(permission.minimum()) >= 0;
    }
}
