package io.dotportion.core.node;

import io.dotportion.core.model.Violation;
import java.util.List;
import java.util.Set;

/**
 * A kind of node, registered under a stable {@link #id()} (the workflow's {@code type}).
 *
 * <p>The node's {@code data} is bound to {@link #configType()} (a record; templates appear as
 * {@link io.dotportion.core.template.ValueTemplate} fields and are parsed while binding). Save and
 * deploy call {@link #validate}; deploy then calls {@link #compile} once, and each request only runs
 * the returned handler.
 */
public interface NodeType<C> {

    String id();

    Class<C> configType();

    /** The handles edges may leave from (see {@link Ports}). */
    Set<String> ports();

    /** Every problem of this config, with paths relative to the node's {@code data} (like {@code sources[0].from}). */
    List<Violation> validate(C config, ValidationContext context);

    /** Prepares the node for execution. Called only for configs that validated without errors. */
    NodeHandler compile(C config, CompileContext context);

    /**
     * The fields of this node's output that hold credentials it produced (a signed token, an issued key):
     * their values are masked in stored traces wherever they appear in the execution, like the request's
     * credential headers. The workflow's own answer still carries them. None by default.
     */
    default Set<String> credentialOutputs() {
        return Set.of();
    }
}
