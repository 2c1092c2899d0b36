package io.dotportion.server.auth;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

/**
 * Whether a password is too easy to guess, with nbvcxz (a zxcvbn-style estimator: dictionaries of common
 * passwords, words and names, keyboard patterns, sequences, repeats, dates, leet speak). Three rules, each
 * with its own message: not one of the 100,000 most common passwords (nbvcxz's list, case-insensitive), not
 * containing the account's username or the name part of its email, and at least {@link #MIN_ENTROPY_BITS}
 * bits of estimated entropy (about a million guesses: zxcvbn's "somewhat guessable", enough with the login
 * throttle and Argon2 in front). Loaded once (the dictionaries take a moment); thread-safe.
 */
final class PasswordStrength {
    static final double MIN_ENTROPY_BITS = 20;
    private static final int MIN_PERSONAL_PART = 3;

    private final Nbvcxz estimator = new Nbvcxz();
    private final Map<String, Integer> common = ConfigurationBuilder.getDefaultDictionaries().stream()
            .filter(d -> "passwords".equals(d.getDictionaryName()))
            .findFirst()
            .map(Dictionary::getDictonary)
            .orElse(Map.of());

    private static final class Holder {
        private static final PasswordStrength INSTANCE = new PasswordStrength();
    }

    static PasswordStrength standard() {
        return Holder.INSTANCE;
    }

    /** The rule the password breaks, as a message for its owner; empty when it is strong enough. */
    Optional<String> problem(String password, String email, String username) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.containsKey(lower)) {
            return Optional.of("password is one of the most common passwords; choose one that is not on such lists");
        }
        if (contains(lower, username) || contains(lower, email == null ? null : email.split("@", 2)[0])) {
            return Optional.of("password must not contain your username or email");
        }
        double bits = estimator.estimate(password).getEntropy();
        if (bits < MIN_ENTROPY_BITS) {
            return Optional.of("password is too easy to guess (it is made of common words, names, keyboard patterns, "
                    + "sequences or repeats): use a longer phrase of uncommon words, or add unpredictable characters");
        }
        return Optional.empty();
    }

    private static boolean contains(String lowerPassword, String part) {
        return part != null
                && part.length() >= MIN_PERSONAL_PART
                && lowerPassword.contains(part.toLowerCase(Locale.ROOT));
    }
}
