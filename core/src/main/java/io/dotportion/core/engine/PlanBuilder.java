package io.dotportion.core.engine;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.mask.RequestMasking;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.SensitiveField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a validated document into a {@link Plan}: handlers compiled once, edges resolved to references. */
final class PlanBuilder {
    private final Validation validation;
    private final Limits limits;

    PlanBuilder(Validation validation, Limits limits) {
        this.validation = validation;
        this.limits = limits;
    }

    /** The compile context a node type receives. */
    private record NodeCompileContext(String nodeId, Limits limits, Set<String> ports) implements CompileContext {
        @Override
        public boolean connected(String port) {
            return ports.contains(port);
        }
    }

    Plan build() {
        DocumentIndex index = validation.index();
        PlanNode[] nodes = new PlanNode[index.nodeCount()];
        List<Violation> problems = new ArrayList<>();
        List<SensitiveField> sensitive = new ArrayList<>();
        PlanNode start = null;
        List<Map<String, Integer>> targets = new ArrayList<>(nodes.length);
        for (int i = 0; i < nodes.length; i++) {
            targets.add(new HashMap<>(2));
        }
        for (DocumentIndex.Link link : index.links()) {
            targets.get(link.source()).put(link.port(), link.target());
        }
        for (int i = 0; i < nodes.length; i++) {
            String id = index.node(i).id();
            NodeHandler handler = compile(
                    index.type(i),
                    validation.configs()[i],
                    id,
                    i,
                    targets.get(i).keySet(),
                    problems);
            sensitive.addAll(sensitiveFields(index.type(i), validation.configs()[i]));
            nodes[i] = new PlanNode(
                    id, index.node(i).type(), handler, index.type(i).credentialOutputs(), nodes, targets.get(i));
            if (index.hasRole(i, NodeRole.START)) {
                start = nodes[i];
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidWorkflowException(problems);
        }
        String method =
                HttpMethod.parse(index.document().method()).orElseThrow().name();
        RequestMasking masking = new RequestMasking(index.document().maskingOrDefault(), sensitive);
        return new Plan(method, RoutePath.parse(index.document().path()), start, limits, nodes.length, masking);
    }

    private static <C> List<SensitiveField> sensitiveFields(NodeType<C> type, Object config) {
        return type.sensitiveFields(type.configType().cast(config));
    }

    private <C> NodeHandler compile(
            NodeType<C> type, Object config, String id, int position, Set<String> ports, List<Violation> problems) {
        try {
            NodeHandler handler =
                    type.compile(type.configType().cast(config), new NodeCompileContext(id, limits, Set.copyOf(ports)));
            if (handler != null) {
                return handler;
            }
        } catch (IllegalArgumentException e) {
            problems.add(Violation.error(
                    DocumentIndex.nodePath(position) + ".data",
                    ViolationCode.INVALID_CONFIG,
                    e.getMessage() == null ? "the node cannot be prepared" : e.getMessage()));
            return null;
        } catch (RuntimeException e) {
            // fall through to the generic problem: the message of an unexpected exception is not for users
        }
        problems.add(Violation.error(
                DocumentIndex.nodePath(position) + ".data",
                ViolationCode.INVALID_CONFIG,
                "the " + type.id() + " node cannot be prepared for execution"));
        return null;
    }
}
