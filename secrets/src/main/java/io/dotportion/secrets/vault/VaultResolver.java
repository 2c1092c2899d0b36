package io.dotportion.secrets.vault;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.secret.Secret;
import io.dotportion.secrets.redact.ExecutionRedactor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One project's secrets in one scope, resolved at the moment of use. For an execution it registers every
 * value it hands out with the execution's redactor, records which value it was ({@link SecretUse}, for the
 * trace), and turns an unavailable secret into a {@link NodeFailure} (EXECUTION_FAILED, naming the secret and
 * the stable code) so the workflow's error path can take it.
 */
final class VaultResolver implements ScopedResolver {
    private final SecretReader reader;
    private final String projectId;
    private final ExecutionRedactor redactor;
    private final SecretScope scope;
    private final List<SecretUse> uses;

    VaultResolver(SecretReader reader, String projectId, ExecutionRedactor redactor, SecretScope scope) {
        this(reader, projectId, redactor, scope, new CopyOnWriteArrayList<>());
    }

    private VaultResolver(
            SecretReader reader,
            String projectId,
            ExecutionRedactor redactor,
            SecretScope scope,
            List<SecretUse> uses) {
        this.reader = reader;
        this.projectId = projectId;
        this.redactor = redactor;
        this.scope = scope;
        this.uses = uses;
    }

    @Override
    public ScopedResolver in(String environment) {
        return environment.equals(scope.environment())
                ? this
                : new VaultResolver(reader, projectId, redactor, scope.in(environment), uses);
    }

    @Override
    public List<SecretUse> uses() {
        return uses.stream().distinct().toList();
    }

    @Override
    public Optional<Secret> resolve(String name, String type) {
        try {
            return reader.current(projectId, name, type, scope).map(this::registered);
        } catch (SecretUnavailableException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<Secret> resolveVersion(String name, String type, int version) {
        try {
            return reader.version(projectId, name, type, version, scope).map(this::registered);
        } catch (SecretUnavailableException e) {
            throw failure(e);
        }
    }

    private Secret registered(SecretReader.Opened opened) {
        Secret secret = opened.secret();
        if (redactor != null) {
            redactor.register(secret.name(), secret.reveal());
            if (SecretType.BASIC.id().equals(secret.type())) {
                // the form an Authorization: Basic header carries, should a server echo it back
                redactor.register(
                        secret.name(),
                        Base64.getEncoder().encodeToString(secret.reveal().getBytes(StandardCharsets.UTF_8)));
            }
        }
        if (!uses.contains(opened.use())) {
            uses.add(opened.use());
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
