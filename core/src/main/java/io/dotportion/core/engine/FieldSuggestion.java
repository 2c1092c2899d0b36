package io.dotportion.core.engine;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known field an unknown one was probably meant to be: the same name in other letter case, else the
 * closest name at most two edits away (insertions, deletions, substitutions, swaps of neighbours), not
 * counting a match that would change most of a short name.
 */
final class FieldSuggestion {
    private static final int MAX_EDITS = 2;

    private FieldSuggestion() {}

    static Optional<String> closest(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            if (candidate.toLowerCase(Locale.ROOT).equals(unknown.toLowerCase(Locale.ROOT))) {
                return Optional.of(candidate);
            }
            int distance = distance(unknown, candidate);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean close = bestDistance <= MAX_EDITS && bestDistance < Math.min(unknown.length(), best.length());
        return close ? Optional.of(best) : Optional.empty();
    }

    /** " did you mean ..." for a message, or nothing. */
    static String hint(String unknown, Collection<String> known) {
        return closest(unknown, known)
                .map(name -> "; did you mean \"" + name + "\"?")
                .orElse("");
    }

    /** Optimal string alignment distance (Levenshtein plus swaps of neighbouring letters). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
