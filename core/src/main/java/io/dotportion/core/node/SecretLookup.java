package io.dotportion.core.node;

import io.dotportion.core.secret.Secret;
import io.dotportion.core.secret.SecretResolver;
import java.util.List;
import java.util.Optional;

/**
 * How a {@link NodeContext} turns a {@link SecretResolver} answer into a secret or a failure: the engine's run
 * context and the test kit's fake context both resolve through here, so a node tested with the fake meets the
 * same type rules and the same message as in a deployed run.
 */
public final class SecretLookup {
    private SecretLookup() {}

    /** The current secret {@code name} of {@code type}; fails with EXECUTION_FAILED when the project has none. */
    public static Secret require(SecretResolver secrets, String name, String type) {
        Optional<Secret> secret = secrets.resolve(name, type);
        if (secret.isEmpty()) {
            throw missing(name);
        }
        return secret.get();
    }

    /** The current secret {@code name} of the first of {@code types} the project has; the failure names the types. */
    public static Secret require(SecretResolver secrets, String name, List<String> types) {
        for (String type : types) {
            Optional<Secret> secret = secrets.resolve(name, type);
            if (secret.isPresent()) {
                return secret.get();
            }
        }
        throw new NodeFailure(
                ErrorCode.EXECUTION_FAILED, "secret '" + name + "' is not defined as " + article(types) + " secret");
    }

    /** "an apiKey, bearer or basic": the types a field takes, as a person reads them. */
    private static String article(List<String> types) {
        if (types.isEmpty()) {
            return "a";
        }
        String head = String.join(", ", types.subList(0, types.size() - 1));
        String last = types.get(types.size() - 1);
        String all = head.isEmpty() ? last : head + " or " + last;
        return ("aeiou".indexOf(Character.toLowerCase(all.charAt(0))) >= 0 ? "an " : "a ") + all;
    }

    private static NodeFailure missing(String name) {
        return new NodeFailure(ErrorCode.EXECUTION_FAILED, "secret '" + name + "' is not defined");
    }
}
