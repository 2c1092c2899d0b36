package io.dotportion.secrets.vault;

import io.dotportion.core.secret.SecretResolver;
import java.util.List;

/**
 * A resolver bound to a {@link SecretScope} that can give the same run's resolver for another environment
 * (a deployed version bound to {@code staging}), and tells which values the run used.
 */
public interface ScopedResolver extends SecretResolver {

    /** The resolver of the same run (same redactor, same record of uses) for {@code environment}. */
    ScopedResolver in(String environment);

    /** The values resolved so far, in order, once per (name, environment, version). */
    List<SecretUse> uses();
}
