package io.dotportion.server.http;

/** Who may call a route: nobody in particular, any signed-in caller, or a project member of at least a role. */
public enum Access {
    ANONYMOUS("anonymous"),
    SIGNED_IN("signed-in"),
    VIEWER("viewer"),
    EDITOR("editor"),
    OWNER("owner");

    private final String text;

    Access(String text) {
        this.text = text;
    }

    /** The word docs/API.md uses on a route's Access line. */
    public String text() {
        return text;
    }
}
