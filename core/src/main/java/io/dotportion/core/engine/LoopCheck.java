package io.dotportion.core.engine;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.Ports;
import java.util.BitSet;
import java.util.List;

/**
 * Validation step four: every Loop node has a body (its "true" handle is connected) and that body returns to
 * it (some path from the body leads back to the Loop node), else it could never run a second item.
 */
final class LoopCheck {
    private final DocumentIndex index;
    private final List<Violation> out;

    LoopCheck(DocumentIndex index, List<Violation> out) {
        this.index = index;
        this.out = out;
    }

    void run() {
        List<List<DocumentIndex.Link>> outgoing = index.outgoing();
        for (int loop = 0; loop < index.nodeCount(); loop++) {
            if (index.hasRole(loop, NodeRole.LOOP) && index.isFirstOfId(loop)) {
                check(loop, outgoing);
            }
        }
    }

    private void check(int loop, List<List<DocumentIndex.Link>> outgoing) {
        String id = index.node(loop).id();
        boolean hasBody = outgoing.get(loop).stream().anyMatch(link -> Ports.TRUE.equals(link.port()));
        if (!hasBody) {
            out.add(Violation.error(
                    DocumentIndex.nodePath(loop),
                    ViolationCode.EMPTY_LOOP_BODY,
                    "loop '" + id + "' has no body: connect its \"true\" handle to the first node to run for"
                            + " each item"));
            return;
        }
        BitSet body = LoopBodies.body(loop, outgoing);
        boolean returns = index.links().stream().anyMatch(link -> link.target() == loop && body.get(link.source()));
        if (!returns) {
            out.add(Violation.error(
                    DocumentIndex.nodePath(loop),
                    ViolationCode.LOOP_BODY_NOT_RETURNING,
                    "the body of loop '" + id + "' never returns to it: connect the last node of the body back"
                            + " to the loop"));
        }
    }
}
