package io.dotportion.core.engine;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.LoopFrame;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.node.SecretLookup;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.template.TemplateScope;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.core.value.FixedKeys;
import io.dotportion.core.value.FixedMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The per-execution {@link NodeContext}, also the {@link TemplateScope} templates resolve against. One
 * instance per execution, used by one thread; the walk points it at each node before running it.
 */
final class RunContext implements NodeContext, TemplateScope {
    private static final FixedKeys LOOP_FIELDS = FixedKeys.of("item", "index");

    private final Limits limits;
    private final String projectId;
    private final RequestData request;
    private final SecretResolver secrets;
    private final long deadline;
    private final Map<String, Object> steps;
    private Map<String, Object> stepsView;
    private Object requestValue;
    private String nodeId;
    private Object input;
    private LoopFrame loop;
    private Map<String, Object> loopValue;
    private List<MarkedValue> marked;

    RunContext(Limits limits, ExecutionRequest execution, long startNanos, int nodeCount) {
        this.limits = limits;
        this.projectId = execution.projectId();
        this.request = execution.request();
        this.secrets = execution.secrets() == null ? SecretResolver.NONE : execution.secrets();
        this.deadline = startNanos + limits.executionTimeout().toNanos();
        this.steps = HashMap.newHashMap(Math.max(nodeCount, 2));
    }

    /** Points the context at the node about to run. */
    void enter(String id, Object nodeInput, LoopFrame frame) {
        this.nodeId = id;
        this.input = nodeInput;
        this.marked = null;
        if (frame != loop) {
            this.loop = frame;
            this.loopValue = null;
        }
    }

    /** The values the current node marked as sensitive ({@link #sensitive}); empty for most nodes. */
    List<MarkedValue> marked() {
        return marked == null ? List.of() : marked;
    }

    @Override
    public void sensitive(String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (marked == null) {
            marked = new ArrayList<>(2);
        }
        marked.add(new MarkedValue(field, value));
    }

    void record(String id, Object output) {
        steps.put(id, output);
    }

    boolean pastDeadline() {
        return System.nanoTime() - deadline >= 0;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public Object input() {
        return input;
    }

    @Override
    public RequestData request() {
        return request;
    }

    @Override
    public Map<String, Object> steps() {
        if (stepsView == null) {
            stepsView = Collections.unmodifiableMap(steps);
        }
        return stepsView;
    }

    @Override
    public Optional<LoopFrame> loop() {
        return Optional.ofNullable(loop);
    }

    @Override
    public Object evaluate(ValueTemplate template) {
        return template.evaluate(this);
    }

    @Override
    public Secret secret(String name, String type) {
        return SecretLookup.require(secrets, name, type);
    }

    @Override
    public Secret secret(String name, List<String> types) {
        return SecretLookup.require(secrets, name, types);
    }

    @Override
    public Optional<Secret> secretVersion(String name, String type, int version) {
        return secrets.resolveVersion(name, type, version);
    }

    @Override
    public String projectId() {
        return projectId;
    }

    @Override
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public Object requestValue() {
        if (requestValue == null) {
            requestValue = request.toValue();
        }
        return requestValue;
    }

    @Override
    public Object inputValue() {
        return input;
    }

    @Override
    public Object stepOutput(String id) {
        return steps.get(id);
    }

    @Override
    public Object loopValue() {
        if (loop != null && loopValue == null) {
            loopValue = new FixedMap(LOOP_FIELDS, new Object[] {loop.item(), loop.index()});
        }
        return loopValue;
    }
}
