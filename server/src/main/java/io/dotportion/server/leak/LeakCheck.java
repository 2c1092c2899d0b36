package io.dotportion.server.leak;

import io.dotportion.core.leak.CredentialScanner;
import io.dotportion.core.leak.Finding;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.Project;
import java.util.List;

/**
 * The leak check as saves and deploys see it (docs/SECRETS.md#leak-check): every credential-looking literal
 * of a workflow is a {@code CREDENTIAL_LITERAL} violation at its path, a warning when a draft is saved, an
 * error when it is deployed unless the project allows credential literals. Messages name the kind and a
 * masked preview, never the value.
 */
public final class LeakCheck {
    private final CredentialScanner scanner;

    public LeakCheck(CredentialScanner scanner) {
        this.scanner = scanner;
    }

    /** Warnings for a draft being saved. */
    public List<Violation> warnings(WorkflowDocument document) {
        return scanner.scan(document).stream()
                .map(f -> Violation.warning(f.path(), ViolationCode.CREDENTIAL_LITERAL, message(f, false)))
                .toList();
    }

    /** Errors that keep a draft from being deployed: none when the project allows credential literals. */
    public List<Violation> deployErrors(Project project, WorkflowDocument document) {
        if (project.allowCredentialLiterals()) {
            return List.of();
        }
        return scanner.scan(document).stream()
                .map(f -> Violation.error(f.path(), ViolationCode.CREDENTIAL_LITERAL, message(f, true)))
                .toList();
    }

    /** The findings themselves (exports, the move to a secret). */
    public List<Finding> findings(WorkflowDocument document) {
        return scanner.scan(document);
    }

    static String message(Finding f, boolean deploy) {
        String what = "looks like " + f.describe() + " (" + f.preview() + ") written into the workflow";
        return deploy
                ? what + ": move it to a secret, or let the project allow credential literals"
                        + " (allowCredentialLiterals) to deploy it anyway"
                : what + ": keep credentials in secrets; deploy refuses it unless the project allows it";
    }
}
