package io.dotportion.server.secrets;

import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.secret.SecretResolver;

/** A project's secrets as validation (names) and execution (values at the moment of use) see them. */
public interface ProjectSecrets {

    SecretCatalog catalog(String projectId);

    SecretResolver resolver(String projectId);

    /** A platform without a secret store: every project has no secrets. */
    ProjectSecrets NONE = new ProjectSecrets() {
        @Override
        public SecretCatalog catalog(String projectId) {
            return SecretCatalog.EMPTY;
        }

        @Override
        public SecretResolver resolver(String projectId) {
            return SecretResolver.NONE;
        }
    };
}
