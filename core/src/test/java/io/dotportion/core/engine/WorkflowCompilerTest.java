package io.dotportion.core.engine;

import static io.dotportion.core.engine.WorkflowBuilder.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.engine.fakes.FakeNodes;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.secret.SecretCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowCompilerTest {
    private final WorkflowCompiler compiler = new WorkflowCompiler(FakeNodes.registry(), Limits.defaults());

    private static WorkflowDocument signing() {
        return workflow()
                .node("sign", "jwtGenerate", "{'secret': 'jwt'}")
                .node("out", "response")
                .edge("start", "sign")
                .edge("sign", "out")
                .document();
    }

    @Test
    void an_unknown_secret_is_a_warning_on_save_and_an_error_on_deploy() {
        assertThat(compiler.validate(signing(), SecretCatalog.EMPTY, false))
                .extracting(Violation::code, Violation::path, Violation::severity)
                .containsExactly(
                        tuple(ViolationCode.UNKNOWN_SECRET, "nodes[1].data.secret", Violation.Severity.WARNING));
        assertThat(compiler.validate(signing(), SecretCatalog.EMPTY, true))
                .extracting(Violation::severity)
                .containsExactly(Violation.Severity.ERROR);
        assertThat(compiler.validate(signing(), type -> type.equals("jwt") ? Set.of("jwt") : Set.of(), true))
                .isEmpty();
    }

    @Test
    void compile_refuses_a_broken_workflow_with_every_error() {
        WorkflowDocument broken = workflow()
                .node("calc", "logic", "{'output': '{{nobody.result}}'}")
                .edge("start", "calc")
                .edge("calc", "ghost")
                .document();

        assertThatThrownBy(() -> compiler.compile(broken, SecretCatalog.EMPTY))
                .isInstanceOfSatisfying(
                        InvalidWorkflowException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code)
                                .containsExactlyInAnyOrder(
                                        ViolationCode.DANGLING_EDGE,
                                        ViolationCode.NO_RESPONSE,
                                        ViolationCode.UNKNOWN_REFERENCE));
    }

    @Test
    void binding_failures_name_each_field_and_the_expected_kind_of_value() {
        WorkflowDocument doc = workflow()
                .node("out", "response", "{'status': 'soon', 'headers': ['x']}")
                .node("calc", "logic", "{'fail': {'code': 'NOPE'}}")
                .edge("start", "calc")
                .edge("calc", "out")
                .document();

        assertThat(compiler.validate(doc, SecretCatalog.EMPTY, false))
                .extracting(Violation::path, Violation::message)
                .containsExactly(
                        tuple("nodes[1].data.status", "'soon' is not an integer"),
                        tuple("nodes[1].data.headers", "must be an object"),
                        tuple(
                                "nodes[2].data.fail.code",
                                "'NOPE' is not one of [NOT_FOUND, INVALID_REQUEST, UNAUTHORIZED,"
                                        + " PAYLOAD_TOO_LARGE, RATE_LIMITED, TIMEOUT, UPSTREAM_UNAVAILABLE, EXECUTION_FAILED]"));
        WorkflowDocument headers = workflow()
                .node("out", "response", "{'headers': ['x']}")
                .edge("start", "out")
                .document();
        assertThat(compiler.validate(headers, SecretCatalog.EMPTY, false))
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple("nodes[1].data.headers", "must be an object"));
    }

    @Test
    void nested_loops_may_return_to_either_loop_but_the_done_branch_may_not() {
        WorkflowBuilder nested = workflow()
                .node("outer", "loop", "{'items': '{{request.body}}'}")
                .node("inner", "loop", "{'items': '{{loop.item}}'}")
                .node("cell", "condition", "{'value': '{{loop.item}}'}")
                .node("out", "response")
                .edge("start", "outer")
                .edge("outer", "inner", "true")
                .edge("inner", "cell", "true")
                .edge("cell", "inner", "true")
                .edge("cell", "outer", "false")
                .edge("inner", "outer", "false")
                .edge("outer", "out", "false");
        assertThat(compiler.validate(nested.document(), SecretCatalog.EMPTY, true))
                .isEmpty();

        List<List<Object>> rows = List.of(List.of(1, 0, 2), List.of(3));
        assertThat(nested.compile().execute(WorkflowBuilder.request(rows)).body())
                .isEqualTo(List.of(List.of(1, 0, 2), List.of(3)));

        WorkflowDocument looping = nested.edge("out", "outer").document();
        assertThat(compiler.validate(looping, SecretCatalog.EMPTY, true))
                .extracting(Violation::code)
                .contains(ViolationCode.INVALID_HANDLE, ViolationCode.CYCLE);
    }

    @Test
    void a_loop_body_that_returns_on_one_branch_and_answers_early_on_the_other_is_valid() {
        WorkflowDocument doc = workflow()
                .node("each", "loop", "{'items': '{{request.body}}'}")
                .node("found", "condition", "{'value': '{{loop.item}}'}")
                .node("early", "response")
                .node("out", "response")
                .edge("start", "each")
                .edge("each", "found", "true")
                .edge("found", "early", "true")
                .edge("found", "each", "false")
                .edge("each", "out", "false")
                .document();

        assertThat(compiler.validate(doc, SecretCatalog.EMPTY, true)).isEmpty();
    }

    @Test
    void a_loop_whose_body_leads_only_to_the_next_loop_never_returns() {
        WorkflowDocument doc = workflow()
                .node("first", "loop", "{'items': '{{request.body}}'}")
                .node("second", "loop", "{'items': '{{loop.item}}'}")
                .node("step", "logic", "{'output': '{{loop.item}}'}")
                .node("out", "response")
                .edge("start", "first")
                .edge("first", "second", "true")
                .edge("second", "step", "true")
                .edge("step", "second")
                .edge("second", "out", "false")
                .document();

        assertThat(compiler.validate(doc, SecretCatalog.EMPTY, true))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(ViolationCode.LOOP_BODY_NOT_RETURNING, "nodes[1]"));
    }

    @Test
    void a_node_type_that_throws_while_checking_gives_a_safe_violation() {
        assertThat(withBroken().validate(brokenWorkflow("validate"), SecretCatalog.EMPTY, false))
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple("nodes[1].data", "the broken node type could not check this configuration"));
    }

    @Test
    void a_node_type_that_refuses_to_prepare_its_config_fails_the_compile() {
        assertThatThrownBy(() -> withBroken().compile(brokenWorkflow("compile"), SecretCatalog.EMPTY))
                .isInstanceOfSatisfying(
                        InvalidWorkflowException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::path, Violation::code, Violation::message)
                                .containsExactly(tuple(
                                        "nodes[1].data", ViolationCode.INVALID_CONFIG, "cannot prepare: compile")));
    }

    private static WorkflowCompiler withBroken() {
        List<NodeType<?>> types = new ArrayList<>(FakeNodes.types());
        types.add(new Broken());
        return new WorkflowCompiler(new NodeRegistry(types), Limits.defaults());
    }

    private static WorkflowDocument brokenWorkflow(String mode) {
        return workflow()
                .node("b", "broken", "{'mode': '" + mode + "'}")
                .node("out", "response")
                .edge("start", "b")
                .edge("b", "out")
                .document();
    }

    /** A node type that throws from validate or compile, as chosen by its config. */
    @SuppressWarnings("rawtypes")
    private static final class Broken implements NodeType<Map> {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public NodeDescriptor descriptor() {
            return NodeDescriptor.builder(id(), NodeRole.STEP).build();
        }

        @Override
        public Class<Map> configType() {
            return Map.class;
        }

        @Override
        public Set<String> ports() {
            return Ports.SINGLE;
        }

        @Override
        public List<Violation> validate(Map config, ValidationContext context) {
            if ("validate".equals(config.get("mode"))) {
                throw new IllegalStateException("internal detail");
            }
            return List.of();
        }

        @Override
        public NodeHandler compile(Map config, CompileContext context) {
            throw new IllegalArgumentException("cannot prepare: " + config.get("mode"));
        }
    }
}
