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
 * the returned handler. {@link #descriptor()} tells everything else about the type: its role in the graph,
 * its ports, its config schema, its secrets and errors, and how the editor shows it.
 *
 * <p>Threads: a {@code NodeType}, its {@link NodeDescriptor} and every {@link NodeHandler} it compiles are
 * immutable (or effectively so) and shared by every request of every project at once. The per-run objects
 * ({@link NodeContext}, the outcome a handler returns, {@link LoopFrame}) belong to one run on one thread and
 * are never kept past it. {@link ValidationContext} and {@link CompileContext} are used by one save or deploy.
 */
public interface NodeType<C> {

    String id();

    Class<C> configType();

    /** This type's description; the same immutable object on every call. Its id is {@link #id()}. */
    NodeDescriptor descriptor();

    /** The handles edges may leave from (see {@link Ports}); the same as the descriptor's ports. */
    default Set<String> ports() {
        return descriptor().ports().ids();
    }

    /** Every problem of this config, with paths relative to the node's {@code data} (like {@code sources[0].from}). */
    List<Violation> validate(C config, ValidationContext context);

    /** Prepares the node for execution. Called only for configs that validated without errors. */
    NodeHandler compile(C config, CompileContext context);

    /**
     * The fields of this node's output that hold credentials it produced (a signed token, an issued key):
     * their values are masked in stored traces wherever they appear in the execution, like the request's
     * credential headers. The workflow's own answer still carries them. The descriptor's by default.
     */
    default Set<String> credentialOutputs() {
        return Set.copyOf(descriptor().credentialOutputs());
    }

    /**
     * The request fields this config declares sensitive (a parameter with {@code sensitive: true} or of type
     * {@code password}): their values are masked in every stored and test-run trace, wherever they appear,
     * whatever the workflow's masking setting. Nodes still see the values while they run. None by default.
     */
    default List<SensitiveField> sensitiveFields(C config) {
        return List.of();
    }
}
