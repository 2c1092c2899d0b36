package io.dotportion.nodes.script;

import java.util.List;
import org.graalvm.polyglot.Source;

/**
 * A script whose syntax was checked once, ready to run any number of times in any context of the
 * {@link JsSandbox} that prepared it. Immutable and thread-safe. Each pooled context turns it into a
 * function on first use and keeps that function for as long as this object is reachable (identity-keyed).
 */
public final class PreparedScript {
    private final Source source;
    private final List<String> parameters;
    private final boolean[] used;

    PreparedScript(Source source, List<String> parameters, boolean[] used) {
        this.source = source;
        this.parameters = List.copyOf(parameters);
        this.used = used.clone();
    }

    /** The parameter names, in the order {@link JsSandbox#run} expects the arguments. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * False when the code never names parameter {@code index} (nor {@code arguments}): a caller may then
     * pass {@link Undefined#VALUE} instead of computing and copying a value the script cannot see.
     */
    public boolean uses(int index) {
        return used[index];
    }

    Source source() {
        return source;
    }
}
