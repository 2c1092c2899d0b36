package io.dotportion.core.testing;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.LoopFrame;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.node.SecretLookup;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.template.TemplateScope;
import io.dotportion.core.template.ValueTemplate;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, mutable NodeContext for node tests. Build it with the with* methods. Secrets resolve through
 * {@link SecretLookup} as in a deployed run: a typed secret of another type than the node asks for is missing.
 */
public final class FakeNodeContext implements NodeContext, TemplateScope {
    private String nodeId = "node";
    private Object input;
    private RequestData request =
            new RequestData("POST", "/test", Map.of(), Map.of(), Map.of(), Map.of(), null, "127.0.0.1");
    private final Map<String, Object> steps = new LinkedHashMap<>();
    private final Map<String, Secret> secrets = new HashMap<>();
    private final Map<String, Map<Integer, Secret>> secretVersions = new HashMap<>();
    private String projectId = "p0";
    private LoopFrame loop;
    private Limits limits = Limits.defaults();
    private Duration remaining = Duration.ofSeconds(10);
    private final Map<String, String> sensitive = new LinkedHashMap<>();
    private final SecretResolver resolver = new SecretResolver() {
        @Override
        public Optional<Secret> resolve(String name, String type) {
            return Optional.ofNullable(secrets.get(name)).filter(s -> matches(s, type));
        }

        @Override
        public Optional<Secret> resolveVersion(String name, String type, int version) {
            return Optional.ofNullable(
                            secretVersions.getOrDefault(name, Map.of()).get(version))
                    .filter(s -> matches(s, type));
        }
    };

    public static FakeNodeContext create() {
        return new FakeNodeContext();
    }

    public FakeNodeContext withNodeId(String id) {
        this.nodeId = id;
        return this;
    }

    public FakeNodeContext withInput(Object value) {
        this.input = value;
        return this;
    }

    public FakeNodeContext withRequest(RequestData value) {
        this.request = value;
        return this;
    }

    public FakeNodeContext withBody(Object body) {
        this.request = new RequestData(
                request.method(),
                request.path(),
                request.params(),
                request.query(),
                request.queryAll(),
                request.headers(),
                body,
                request.ip());
        return this;
    }

    public FakeNodeContext withQuery(Map<String, String> query) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        query.forEach((k, v) -> all.put(k, List.of(v)));
        this.request = new RequestData(
                request.method(),
                request.path(),
                request.params(),
                query,
                all,
                request.headers(),
                request.body(),
                request.ip());
        return this;
    }

    public FakeNodeContext withHeaders(Map<String, String> headers) {
        this.request = new RequestData(
                request.method(),
                request.path(),
                request.params(),
                request.query(),
                request.queryAll(),
                headers,
                request.body(),
                request.ip());
        return this;
    }

    public FakeNodeContext withParams(Map<String, String> params) {
        this.request = new RequestData(
                request.method(),
                request.path(),
                params,
                request.query(),
                request.queryAll(),
                request.headers(),
                request.body(),
                request.ip());
        return this;
    }

    public FakeNodeContext withStep(String id, Object output) {
        steps.put(id, output);
        return this;
    }

    public FakeNodeContext withLoop(LoopFrame frame) {
        this.loop = frame;
        return this;
    }

    /** Makes this secret the current version (earlier versions added stay resolvable by version). */
    public FakeNodeContext withSecret(Secret secret) {
        secrets.put(secret.name(), secret);
        secretVersions.computeIfAbsent(secret.name(), k -> new HashMap<>()).put(secret.version(), secret);
        return this;
    }

    /** A previous version that is still inside its grace window. */
    public FakeNodeContext withPreviousSecret(Secret secret) {
        secretVersions.computeIfAbsent(secret.name(), k -> new HashMap<>()).put(secret.version(), secret);
        return this;
    }

    public FakeNodeContext withProjectId(String id) {
        this.projectId = id;
        return this;
    }

    public FakeNodeContext withLimits(Limits value) {
        this.limits = value;
        return this;
    }

    public FakeNodeContext withRemaining(Duration value) {
        this.remaining = value;
        return this;
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
        return java.util.Collections.unmodifiableMap(steps);
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
    public Duration remaining() {
        return remaining;
    }

    @Override
    public Limits limits() {
        return limits;
    }

    @Override
    public void sensitive(String field, String value) {
        if (value != null && !value.isEmpty()) {
            sensitive.put(field, value);
        }
    }

    /** The values the node marked as sensitive, by field ({@link NodeContext#sensitive}). */
    public Map<String, String> sensitive() {
        return Map.copyOf(sensitive);
    }

    @Override
    public Secret secret(String name, String type) {
        return SecretLookup.require(resolver, name, type);
    }

    @Override
    public Secret secret(String name, List<String> types) {
        return SecretLookup.require(resolver, name, types);
    }

    @Override
    public Optional<Secret> secretVersion(String name, String type, int version) {
        return resolver.resolveVersion(name, type, version);
    }

    /** A secret made without a type (most node tests) stands for any type; a typed one only for its own. */
    private static boolean matches(Secret secret, String type) {
        return secret.type() == null || secret.type().equals(type);
    }

    @Override
    public String projectId() {
        return projectId;
    }

    // TemplateScope
    @Override
    public Object requestValue() {
        return request.toValue();
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
        return loop == null ? null : loopMap();
    }

    private Object loopMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", loop.item());
        m.put("index", loop.index());
        return m;
    }
}
