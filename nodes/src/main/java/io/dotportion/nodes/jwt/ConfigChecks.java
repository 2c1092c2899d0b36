package io.dotportion.nodes.jwt;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ValidationContext;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Validation shared by the two JWT nodes; paths are relative to the node's data. */
final class ConfigChecks {
    static final String SECRET_TYPE = "jwt";
    private static final Pattern SECRET_NAME = Pattern.compile("[a-z0-9_-]{1,64}");

    private ConfigChecks() {}

    /** The name must be well formed; a name the project does not have is a warning (an error on deploy). */
    static void secret(String name, ValidationContext context, List<Violation> out) {
        if (name == null || name.isBlank()) {
            out.add(invalid("secret", "secret is required: the name of a jwt secret of this project"));
        } else if (!SECRET_NAME.matcher(name).matches()) {
            out.add(invalid("secret", "secret name must be 1 to 64 characters of a-z, 0-9, _ and -"));
        } else if (!context.secretNames(SECRET_TYPE).contains(name)) {
            out.add(Violation.warning(
                    "secret", ViolationCode.UNKNOWN_SECRET, "this project has no jwt secret named '" + name + "'"));
        }
    }

    static void algorithm(String name, List<Violation> out) {
        if (HmacAlgorithm.named(name).isEmpty()) {
            out.add(invalid("algorithm", "algorithm must be one of " + HmacAlgorithm.NAMES));
        }
    }

    /**
     * A secret whose value is shorter than the algorithm's key needs (HS384 48 bytes, HS512 64) cannot sign or
     * verify: a warning on save, an error on deploy. The message names the lengths needed, never the value's.
     */
    static void keyLength(String secret, String algorithmName, ValidationContext context, List<Violation> out) {
        HmacAlgorithm algorithm = HmacAlgorithm.named(algorithmName).orElse(null);
        OptionalInt bytes = context.secretBytes(SECRET_TYPE, secret);
        if (algorithm != null && bytes.isPresent() && bytes.getAsInt() < algorithm.minKeyBytes()) {
            out.add(Violation.warning(
                    "secret",
                    ViolationCode.SECRET_TOO_SHORT,
                    "jwt secret '" + secret + "' is too short for " + algorithm + ": it needs at least "
                            + algorithm.minKeyBytes() + " bytes (replace its value, or choose a shorter algorithm)"));
        }
    }

    /** {@code issuer} and {@code audience}: optional, but not blank when given. */
    static void claimText(String key, String value, List<Violation> out) {
        if (value != null && value.isBlank()) {
            out.add(invalid(key, key + " must not be blank when given"));
        }
    }

    static Violation invalid(String path, String message) {
        return Violation.error(path, ViolationCode.INVALID_CONFIG, message);
    }
}
