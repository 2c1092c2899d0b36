package io.dotportion.core.node;

/** An error a node can end a run with (or send along its {@code error} edge): its code, status and meaning. */
public record NodeErrorSpec(String code, int status, String meaning) {

    public static NodeErrorSpec of(ErrorCode code, String meaning) {
        return new NodeErrorSpec(code.name(), code.status(), meaning);
    }
}
