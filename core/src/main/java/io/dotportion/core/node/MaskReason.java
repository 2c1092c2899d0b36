package io.dotportion.core.node;

import java.util.Locale;

/** Why a request value is masked; the mask names it: {@code [masked:name]}, {@code [masked:sensitive]} ... */
public enum MaskReason {
    /** A parameter declared {@code sensitive: true}. */
    SENSITIVE,
    /** A parameter of type {@code password} (sensitive without saying so). */
    PASSWORD_TYPE,
    /** A field whose name looks like a credential's (by the built-in credential names, or the workflow's extra names). */
    NAME;

    /** The text that stands where the value stood. */
    public String replacement() {
        return "[masked:" + name().toLowerCase(Locale.ROOT).replace('_', '-') + "]";
    }
}
