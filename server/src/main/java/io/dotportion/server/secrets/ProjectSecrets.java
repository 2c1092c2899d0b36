package io.dotportion.server.secrets;

import io.dotportion.core.mask.RequestMasking;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.secrets.redact.ExecutionRedactor;
import io.dotportion.secrets.vault.SecretScope;
import io.dotportion.secrets.vault.SecretVault;
import java.util.function.Supplier;

/**
 * A project's secrets as the server uses them: names for workflow validation (never values), and for each
 * execution a resolver whose every resolved value is masked from that execution's trace, log and answer.
 */
public final class ProjectSecrets {
    private final SecretVault vault;

    public ProjectSecrets(SecretVault vault) {
        this.vault = vault;
    }

    /** Names by type: unknown names are warnings when saving a draft and errors when deploying. */
    public SecretCatalog catalog(String projectId) {
        return vault.catalog(projectId);
    }

    /** The secrets of one run of a workflow of {@code projectId} for {@code request}: live values, default masking. */
    public ExecutionSecrets forExecution(String projectId, RequestData request) {
        return forExecution(projectId, request, SecretScope.LIVE, () -> RequestMasking.DEFAULT);
    }

    /**
     * The same, masking the request's sensitive fields as the workflow's {@code masking} says; it is asked only
     * when a trace is written (a run kept as a summary never asks).
     */
    public ExecutionSecrets forExecution(String projectId, RequestData request, Supplier<RequestMasking> masking) {
        return forExecution(projectId, request, SecretScope.LIVE, masking);
    }

    /** The secrets of one run resolving the values of {@code scope} (a test run: {@code test}, maybe staged). */
    public ExecutionSecrets forExecution(
            String projectId, RequestData request, SecretScope scope, Supplier<RequestMasking> masking) {
        ExecutionRedactor redactor = new ExecutionRedactor();
        return new ExecutionSecrets(vault.resolverFor(projectId, redactor, scope), redactor, request, masking);
    }

    /** Names by type that a run of {@code scope} finds a value of (deploy: the version's environment). */
    public SecretCatalog catalog(String projectId, SecretScope scope) {
        return vault.catalog(projectId, scope);
    }

    /** Deletes every secret of a deleted project and its data key (audited). */
    public void deleteProject(String projectId, String actor) {
        vault.deleteProject(projectId, actor);
    }

    public SecretVault vault() {
        return vault;
    }
}
