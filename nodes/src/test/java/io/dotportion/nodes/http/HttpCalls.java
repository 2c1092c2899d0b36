package io.dotportion.nodes.http;

import io.dotportion.core.egress.EgressRules;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.Map;

/** Runs http nodes against a policy and settings, the way the engine would. */
final class HttpCalls implements AutoCloseable {
    final OutboundHttp http;
    final HttpNode node;

    HttpCalls(String allowList, HttpSettings settings) {
        this.http = new OutboundHttp(EgressRules.allowing(allowList), settings);
        this.node = new HttpNode(http);
    }

    static HttpCalls allowingLoopback() {
        return new HttpCalls("127.0.0.1", HttpSettings.defaults());
    }

    NodeOutcome run(String dataJson, FakeNodeContext ctx) {
        return run(dataJson, ctx, false);
    }

    NodeOutcome run(String dataJson, FakeNodeContext ctx, boolean errorConnected) {
        HttpNodeConfig config = NodeFixtures.bind(node, dataJson);
        CompileContext compile = new CompileContext() {
            @Override
            public String nodeId() {
                return "call";
            }

            @Override
            public Limits limits() {
                return Limits.defaults();
            }

            @Override
            public boolean connected(String port) {
                return errorConnected && port.equals(Ports.ERROR);
            }
        };
        try {
            return node.compile(config, compile).execute(ctx);
        } catch (NodeFailure failure) {
            return new NodeOutcome.Fail(failure.error());
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> output(NodeOutcome outcome) {
        if (!(outcome instanceof NodeOutcome.Next next)) {
            throw new AssertionError("expected an output, got " + outcome);
        }
        return (Map<String, Object>) next.output();
    }

    static NodeOutcome.Fail failure(NodeOutcome outcome) {
        if (!(outcome instanceof NodeOutcome.Fail fail)) {
            throw new AssertionError("expected a failure, got " + outcome);
        }
        return fail;
    }

    static Secret secret(String name, String type, String value, Map<String, String> metadata) {
        return new Secret(name, 1, value.toCharArray(), type, metadata);
    }

    @Override
    public void close() {
        http.close();
    }
}
