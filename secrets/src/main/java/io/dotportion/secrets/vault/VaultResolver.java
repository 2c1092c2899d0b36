package io.dotportion.secrets.vault;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.secrets.redact.ExecutionRedactor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * One project's secrets, resolved at the moment of use. For an execution it registers every value it
 * hands out with the execution's redactor, and turns an unavailable secret into a {@link NodeFailure}
 * (EXECUTION_FAILED, naming the secret and the stable code) so the workflow's error path can take it.
 */
final class VaultResolver implements SecretResolver {
    private final SecretReader reader;
    private final String projectId;
    private final ExecutionRedactor redactor;

    VaultResolver(SecretReader reader, String projectId, ExecutionRedactor redactor) {
        this.reader = reader;
        this.projectId = projectId;
        this.redactor = redactor;
    }

    @Override
    public Optional<Secret> resolve(String name, String type) {
        try {
            return reader.current(projectId, name, type).map(this::registered);
        } catch (SecretUnavailableException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<Secret> resolveVersion(String name, String type, int version) {
        try {
            return reader.version(projectId, name, type, version).map(this::registered);
        } catch (SecretUnavailableException e) {
            throw failure(e);
        }
    }

    private Secret registered(Secret secret) {
        if (redactor != null) {
            redactor.register(secret.name(), secret.reveal());
            if (SecretType.BASIC.id().equals(secret.type())) {
                // the form an Authorization: Basic header carries, should a server echo it back
                redactor.register(
                        secret.name(),
                        Base64.getEncoder().encodeToString(secret.reveal().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return secret;
    }

    private RuntimeException failure(SecretUnavailableException e) {
        if (redactor == null) {
            return e;
        }
        return new NodeFailure(ErrorCode.EXECUTION_FAILED, e.getMessage() + " (" + e.code() + ")");
    }
}
