package io.dotportion.core.leak;

/** What the leak check found in a string. {@link #id()} is stable: the API and the UI match on it. */
public enum CredentialKind {
    MONGODB_URL("mongodbUrl", "a MongoDB URL with a password"),
    PRIVATE_KEY("privateKey", "a PEM private key"),
    JWT("jwt", "a JWT"),
    API_KEY("apiKey", "an API key"),
    AUTHORIZATION("authorization", "an Authorization credential"),
    HIGH_ENTROPY("highEntropy", "a long random-looking string");

    private final String id;
    private final String description;

    CredentialKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** For messages: "a JWT", "a MongoDB URL with a password". */
    public String description() {
        return description;
    }
}
