package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;
import java.util.List;
import java.util.regex.Pattern;

/** Environment names: {@code live} and {@code test} always exist; a project may add others. */
public final class Environments {
    /** The environments every project has, in the order the API lists them. */
    public static final List<String> BUILT_IN = List.of(SecretRecord.LIVE, SecretRecord.TEST);

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    private Environments() {}

    /** 1 to 32 characters of a-z, 0-9, '_' and '-', starting with a letter. */
    public static boolean validName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public static void checkName(String name) {
        if (!validName(name)) {
            throw new SecretInputException(
                    SecretInputException.Code.INVALID_ENVIRONMENT,
                    "an environment name is 1 to 32 characters of a-z, 0-9, '_' and '-', starting with a letter");
        }
    }
}
