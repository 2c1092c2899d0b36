package io.dotportion.nodes.mongo;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Regular expressions a query may carry ({@code $regex}, and the {@code regex} of {@code $regexMatch},
 * {@code $regexFind}, {@code $regexFindAll}) run inside the database with backtracking: a pattern such as
 * {@code (a+)+$} against a long string holds a database thread (in process, for the embedded store) for as long
 * as it likes, and a template can take the pattern from a request. So a pattern is refused, when saved and when
 * a run resolves it, if it is longer than {@link #MAX_LENGTH}, refers back to a group, or repeats a group that
 * itself repeats or alternates (the shapes whose matching time can grow exponentially with the input).
 */
public final class RegexRules {
    /** The longest pattern accepted, in characters. */
    public static final int MAX_LENGTH = 512;

    private static final Set<String> EXPRESSIONS = Set.of("$regexMatch", "$regexFind", "$regexFindAll");

    private RegexRules() {}

    /** Reports every unsafe pattern inside {@code value} with its path below {@code at} and the reason. */
    public static void findUnsafe(Object value, String at, BiConsumer<String, String> report) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                String path = at + "." + key;
                if (key.equals("$regex") && v instanceof String pattern) {
                    problem(pattern).ifPresent(p -> report.accept(path, p));
                } else if (EXPRESSIONS.contains(key)
                        && v instanceof Map<?, ?> args
                        && args.get("regex") instanceof String pattern) {
                    problem(pattern).ifPresent(p -> report.accept(path + ".regex", p));
                }
                findUnsafe(v, path, report);
            });
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                findUnsafe(list.get(i), at + "[" + i + "]", report);
            }
        }
    }

    /** The first unsafe pattern's reason inside a value, if any (run-time check). */
    public static Optional<String> firstUnsafe(Object value) {
        String[] found = new String[1];
        findUnsafe(value, "", (path, reason) -> {
            if (found[0] == null) {
                found[0] = reason;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** Why a pattern is refused, or empty when it is safe to run. */
    public static Optional<String> problem(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            return Optional.of("a regular expression may have at most " + MAX_LENGTH + " characters");
        }
        return new Scan(pattern).run();
    }

    /**
     * One pass over the pattern with a stack of open groups, each knowing whether its body repeats something or
     * has alternatives; a group closing into a repeating quantifier with such a body is the unsafe shape.
     */
    private static final class Scan {
        private final String p;
        private final ArrayDeque<boolean[]> groups = new ArrayDeque<>();
        private int i;

        Scan(String pattern) {
            this.p = pattern;
        }

        Optional<String> run() {
            groups.push(new boolean[1]);
            while (i < p.length()) {
                char c = p.charAt(i);
                if (c == '\\') {
                    char next = i + 1 < p.length() ? p.charAt(i + 1) : ' ';
                    if (next >= '1' && next <= '9' || next == 'k') {
                        return Optional.of("a regular expression may not refer back to a group");
                    }
                    i += 2;
                    afterAtom();
                } else if (c == '[') {
                    skipClass();
                    afterAtom();
                } else if (c == '(') {
                    groups.push(new boolean[1]);
                    i++;
                } else if (c == ')') {
                    boolean busy = groups.size() > 1 && groups.pop()[0];
                    i++;
                    if (busy && repeats()) {
                        return Optional.of("a regular expression may not repeat a group that itself repeats or has"
                                + " alternatives (such as (a+)+): its matching time can grow exponentially");
                    }
                    if (busy) {
                        mark();
                    }
                    afterAtom();
                } else if (c == '|') {
                    mark();
                    i++;
                } else {
                    i++;
                    afterAtom();
                }
            }
            return Optional.empty();
        }

        /** Marks the innermost open group as holding a repetition or an alternative. */
        private void mark() {
            groups.peek()[0] = true;
        }

        /** After an item: a repeating quantifier marks the enclosing group; the quantifier is skipped. */
        private void afterAtom() {
            if (repeats()) {
                mark();
            }
            if (i >= p.length()) {
                return;
            }
            char q = p.charAt(i);
            if (q == '*' || q == '+' || q == '?') {
                i++;
            } else if (q == '{' && p.indexOf('}', i) > 0) {
                i = p.indexOf('}', i) + 1;
            } else {
                return;
            }
            if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
                i++; // lazy or possessive
            }
        }

        /** Whether the quantifier at the current position repeats (more than once). */
        private boolean repeats() {
            if (i >= p.length()) {
                return false;
            }
            char q = p.charAt(i);
            if (q == '*' || q == '+') {
                return true;
            }
            int close = q == '{' ? p.indexOf('}', i) : -1;
            if (close < 0) {
                return false;
            }
            String bounds = p.substring(i + 1, close).strip();
            if (!bounds.matches("\\d+(,\\d*)?")) {
                return false; // not a quantifier ({L} of \\p{L}, a literal brace)
            }
            String max = bounds.contains(",")
                    ? bounds.substring(bounds.indexOf(',') + 1).strip()
                    : bounds;
            return !(max.equals("0") || max.equals("1"));
        }

        private void skipClass() {
            i++;
            if (i < p.length() && p.charAt(i) == '^') {
                i++;
            }
            if (i < p.length() && p.charAt(i) == ']') {
                i++;
            }
            while (i < p.length() && p.charAt(i) != ']') {
                i += p.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        }
    }
}
