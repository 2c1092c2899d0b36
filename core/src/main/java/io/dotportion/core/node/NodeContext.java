package io.dotportion.core.node;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.template.ValueTemplate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A node's only door to the platform during one execution. Not shared between threads. */
public interface NodeContext {

    String nodeId();

    /** Output of the previous node (for the first node: the request value). */
    Object input();

    /** The HTTP request as nodes see it (docs/API.md). */
    RequestData request();

    /** Outputs of earlier nodes by node id (read-only). */
    Map<String, Object> steps();

    /** The innermost running loop, if any. */
    Optional<LoopFrame> loop();

    /** Evaluates a template against this execution's data (request, input, steps, loop). */
    Object evaluate(ValueTemplate template);

    /** Resolves a project secret by name at the moment of use. Fails with a {@link NodeFailure} when missing. */
    Secret secret(String name, String type);

    /**
     * Resolves a secret that may have any of {@code types} (the first type the project's secret of that name has);
     * {@link Secret#type()} says which. Fails with a {@link NodeFailure} when the project has no such secret.
     */
    default Secret secret(String name, List<String> types) {
        for (String type : types) {
            try {
                return secret(name, type);
            } catch (NodeFailure missing) {
                // not of this type: try the next
            }
        }
        throw new NodeFailure(ErrorCode.EXECUTION_FAILED, "secret '" + name + "' is not defined");
    }

    /**
     * A specific version of a secret, for verifying tokens signed before a rotation: present only while
     * that version is current or still inside the secret's grace window.
     */
    Optional<Secret> secretVersion(String name, String type, int version);

    /** The id of the project whose workflow runs (names its managed database). */
    String projectId();

    /** Time left before the execution's deadline; never negative. */
    Duration remaining();

    Limits limits();

    /**
     * Marks a value this node read as sensitive (a password it hashes or checks, a stored hash): the value is
     * masked as {@code [redacted:<nodeId>.<field>]} wherever it stands as a whole token in this execution's
     * traces (the request, every node's input and output, the test-run answer included). The node's own output
     * and the HTTP answer are not changed. An empty value is ignored.
     */
    void sensitive(String field, String value);
}
