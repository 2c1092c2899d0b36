package io.dotportion.core.engine;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeRole;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/** Validation step three: every node reachable from apiStart, a reachable response, no cycle but loop bodies. */
final class GraphCheck {
    private static final byte UNSEEN = 0;
    private static final byte ON_PATH = 1;
    private static final byte DONE = 2;

    private final DocumentIndex index;
    private final List<Violation> out;
    private final List<List<DocumentIndex.Link>> outgoing;

    GraphCheck(DocumentIndex index, List<Violation> out) {
        this.index = index;
        this.out = out;
        this.outgoing = index.outgoing();
    }

    void run() {
        BitSet starts = new BitSet();
        for (int i = 0; i < index.nodeCount(); i++) {
            if (index.hasRole(i, NodeRole.START)) {
                starts.set(i);
            }
        }
        if (!starts.isEmpty()) {
            reachability(starts);
        }
        cycles(starts);
    }

    private void reachability(BitSet starts) {
        BitSet reached = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        starts.stream().forEach(todo::add);
        while (!todo.isEmpty()) {
            int node = todo.poll();
            if (!reached.get(node)) {
                reached.set(node);
                outgoing.get(node).forEach(link -> todo.add(link.target()));
            }
        }
        boolean response = false;
        for (int i = 0; i < index.nodeCount(); i++) {
            response |= reached.get(i) && index.hasRole(i, NodeRole.END);
            if (!reached.get(i) && index.isFirstOfId(i)) {
                out.add(Violation.error(
                        DocumentIndex.nodePath(i),
                        ViolationCode.UNREACHABLE_NODE,
                        "node '" + index.node(i).id() + "' cannot be reached from apiStart"));
            }
        }
        if (!response) {
            out.add(Violation.error(
                    "nodes", ViolationCode.NO_RESPONSE, "no response node can be reached from apiStart"));
        }
    }

    /** Depth-first search without recursion; an edge to a node still on the path closes a cycle. */
    private void cycles(BitSet starts) {
        BitSet returning = LoopBodies.returningLinks(index, outgoing);
        byte[] state = new byte[index.nodeCount()];
        int[] order = new int[index.nodeCount()];
        int n = 0;
        for (int i = starts.nextSetBit(0); i >= 0; i = starts.nextSetBit(i + 1)) {
            order[n++] = i;
        }
        for (int i = 0; i < index.nodeCount(); i++) {
            if (!starts.get(i)) {
                order[n++] = i;
            }
        }
        for (int root : order) {
            if (state[root] == UNSEEN) {
                search(root, state, returning);
            }
        }
    }

    private void search(int root, byte[] state, BitSet returning) {
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {root, 0});
        state[root] = ON_PATH;
        while (!stack.isEmpty()) {
            int[] frame = stack.peek();
            List<DocumentIndex.Link> links = outgoing.get(frame[0]);
            if (frame[1] == links.size()) {
                state[frame[0]] = DONE;
                stack.pop();
                continue;
            }
            DocumentIndex.Link link = links.get(frame[1]++);
            if (returning.get(link.edge())) {
                continue;
            }
            if (state[link.target()] == ON_PATH) {
                out.add(Violation.error(
                        DocumentIndex.edgePath(link.edge()),
                        ViolationCode.CYCLE,
                        "edge '"
                                + index.document().edges().get(link.edge()).id()
                                + "' closes a cycle; only a loop body may return to its Loop node"));
            } else if (state[link.target()] == UNSEEN) {
                state[link.target()] = ON_PATH;
                stack.push(new int[] {link.target(), 0});
            }
        }
    }
}
