package io.dotportion.secrets.key;

/** A project's keyset cannot be opened by this process; the message names key ids, never key material. */
public final class ProjectKeyUnavailableException extends RuntimeException {
    private final String projectId;

    public ProjectKeyUnavailableException(String projectId, String message) {
        super(message, null, false, false);
        this.projectId = projectId;
    }

    public String projectId() {
        return projectId;
    }
}
