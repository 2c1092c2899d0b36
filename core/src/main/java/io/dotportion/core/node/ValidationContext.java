package io.dotportion.core.node;

import io.dotportion.core.model.Violation;
import io.dotportion.core.template.ValueTemplate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** What a node type may consult while checking its config. Paths given here are relative to the node's data. */
public interface ValidationContext {

    /** Ids of all nodes in the workflow. */
    Set<String> nodeIds();

    /** Names of the project's secrets of a given type ("jwt", "mongodb"); empty when secrets are unknown. */
    Set<String> secretNames(String type);

    /**
     * The length in bytes (UTF-8) of the current value of the project's secret of this type and name, for
     * checks such as an HMAC key long enough for its algorithm; empty when not known. Never the value.
     */
    default OptionalInt secretBytes(String type, String name) {
        return OptionalInt.empty();
    }

    /** Problems of one template (syntax, unknown node references), reported at {@code path}. */
    List<Violation> checkTemplate(String path, ValueTemplate template);
}
