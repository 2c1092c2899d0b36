package io.dotportion.core.node;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a node type sits in the editor's palette (its JSON name is the lower-case constant name). */
public enum NodeCategory {
    TRIGGER,
    INPUT,
    LOGIC,
    FLOW,
    AUTH,
    DATA,
    OUTPUT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
