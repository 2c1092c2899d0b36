package io.dotportion.core.engine;

import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.Ports;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Which edges are a loop body returning to its Loop node. The body of a Loop node is every node reachable
 * from its "true" handle without passing through the Loop node itself; an edge from a body node back to
 * the Loop node ends an iteration and is not a cycle. Nested loops fall out naturally: an inner loop and
 * its body are part of the outer body.
 */
final class LoopBodies {
    private LoopBodies() {}

    /** Edge positions (in the document) of the edges that return from a loop body to its loop. */
    static BitSet returningLinks(DocumentIndex index, List<List<DocumentIndex.Link>> outgoing) {
        BitSet returning = new BitSet();
        for (int loop = 0; loop < index.nodeCount(); loop++) {
            if (!index.hasRole(loop, NodeRole.LOOP)) {
                continue;
            }
            BitSet body = body(loop, outgoing);
            for (DocumentIndex.Link link : index.links()) {
                if (link.target() == loop && body.get(link.source())) {
                    returning.set(link.edge());
                }
            }
        }
        return returning;
    }

    static BitSet body(int loop, List<List<DocumentIndex.Link>> outgoing) {
        BitSet seen = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        for (DocumentIndex.Link link : outgoing.get(loop)) {
            if (Ports.TRUE.equals(link.port()) && link.target() != loop) {
                todo.add(link.target());
            }
        }
        while (!todo.isEmpty()) {
            int node = todo.poll();
            if (node == loop || seen.get(node)) {
                continue;
            }
            seen.set(node);
            for (DocumentIndex.Link link : outgoing.get(node)) {
                todo.add(link.target());
            }
        }
        return seen;
    }
}
