package io.dotportion.cli.settings;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the known key closest to a mistyped one, if any is close. */
final class Suggestions {
    private Suggestions() {}

    static Optional<String> closest(String given, List<Setting<?>> settings) {
        String lower = given.toLowerCase(Locale.ROOT);
        for (Setting<?> s : settings) {
            if (s.key() == null) {
                continue;
            }
            boolean sameLastPart = s.key().endsWith("." + lower);
            boolean sameAsFlag = s.flag() != null && s.flag().equals("--" + lower.replace('.', '-'));
            boolean sameAsEnv = lower.equalsIgnoreCase(s.env());
            if (sameLastPart || sameAsFlag || sameAsEnv || s.key().equals(lower)) {
                return Optional.of(s.key());
            }
        }
        return settings.stream()
                .map(Setting::key)
                .filter(key -> key != null)
                .min(Comparator.comparingInt(key -> distance(lower, key)))
                .filter(key -> distance(lower, key) <= Math.max(2, given.length() / 4));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
