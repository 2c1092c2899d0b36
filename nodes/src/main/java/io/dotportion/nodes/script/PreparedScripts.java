package io.dotportion.nodes.script;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The scripts the sandbox prepared lately, by their text: a deploy validates and then compiles every script
 * of a workflow, and a redeploy usually changes a few nodes of many, so the same text comes back again and
 * again. A text seen before costs a map read instead of GraalJS parses and a warm-up (the pooled contexts
 * keep the function of a {@link PreparedScript} they ran, by identity, so the same object is also already
 * warm). Bounded by {@link #maxEntries} and by {@link #maxChars} of source text; the least recently used
 * go first. A text that does not compile is not remembered: its syntax error is found again each time.
 * Thread-safe; used on deploy and save paths, never on the request path.
 */
final class PreparedScripts {
    /** How the text is wrapped: the same text is a different script as a body, an expression or a condition. */
    enum Form {
        BODY,
        EXPRESSION,
        CONDITION
    }

    private record Key(Form form, String text, List<String> parameters) {
        long chars() {
            long n = text.length();
            for (String parameter : parameters) {
                n += parameter.length();
            }
            return n;
        }
    }

    private final int maxEntries;
    private final long maxChars;
    private final LinkedHashMap<Key, PreparedScript> recent = new LinkedHashMap<>(16, 0.75f, true);
    private long chars;

    PreparedScripts(int maxEntries, long maxChars) {
        if (maxEntries < 0 || maxChars < 0) {
            throw new IllegalArgumentException("bounds must not be negative");
        }
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    /** The script prepared for this text before, or the one {@code prepare} makes now (outside the lock). */
    PreparedScript get(Form form, String text, List<String> parameters, Supplier<PreparedScript> prepare) {
        Key key = new Key(form, text, List.copyOf(parameters));
        synchronized (this) {
            PreparedScript known = recent.get(key);
            if (known != null) {
                return known;
            }
        }
        PreparedScript made = prepare.get();
        synchronized (this) {
            PreparedScript raced = recent.get(key);
            if (raced != null) {
                return raced;
            }
            if (key.chars() <= maxChars && maxEntries > 0) {
                recent.put(key, made);
                chars += key.chars();
                evict();
            }
        }
        return made;
    }

    synchronized int size() {
        return recent.size();
    }

    private void evict() {
        Iterator<Map.Entry<Key, PreparedScript>> oldest = recent.entrySet().iterator();
        while ((recent.size() > maxEntries || chars > maxChars) && oldest.hasNext()) {
            chars -= oldest.next().getKey().chars();
            oldest.remove();
        }
    }
}
