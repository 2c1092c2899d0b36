package io.dotportion.core.engine;

import static io.dotportion.core.engine.WorkflowBuilder.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.limit.Limits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionTraceTest {

    @Test
    void the_trace_lists_every_node_run_in_order_with_port_and_loop_index() {
        ExecutionResult result = workflow()
                .node("each", "loop", "{'items': '{{request.body.items}}'}")
                .node("check", "condition", "{'value': '{{input}}'}")
                .node("out", "response", "{'status': 202}")
                .edge("start", "each")
                .edge("each", "check", "true")
                .edge("check", "each", "true")
                .edge("each", "out", "false")
                .run(Map.of("items", List.of(1, 0)));

        assertThat(result.trace())
                .extracting(TraceEntry::nodeId, TraceEntry::type, TraceEntry::port, TraceEntry::loopIndex)
                .containsExactly(
                        tuple("start", "apiStart", "default", null),
                        tuple("each", "loop", "false", null),
                        tuple("check", "condition", "true", 0),
                        tuple("check", "condition", "false", 1),
                        tuple("out", "response", null, null));
    }

    @Test
    void trace_entries_reference_inputs_and_outputs() {
        ExecutionResult result = workflow()
                .node("calc", "logic", "{'output': {'n': '{{request.body.n}}'}}")
                .node("out", "response", "{'body': 'done'}")
                .edge("start", "calc")
                .edge("calc", "out")
                .run(Map.of("n", 7));

        TraceEntry calc = result.trace().get(1);
        assertThat(calc.input()).isSameAs(result.trace().get(0).output());
        assertThat(calc.output()).isEqualTo(Map.of("n", 7));
        assertThat(calc.error()).isNull();
        assertThat(calc.durationNanos()).isNotNegative();
        assertThat(result.trace().get(2).output()).isEqualTo("done");
    }

    @Test
    void each_entry_carries_the_credential_fields_its_node_type_declares() {
        ExecutionResult result = workflow()
                .node("sign", "jwtGenerate", "{'secret': 'absent'}")
                .node("out", "response", "{'body': 'done'}")
                .edge("start", "sign")
                .edge("sign", "out")
                .compile(Limits.defaults(), type -> java.util.Set.of("absent"))
                .execute(WorkflowBuilder.request(null));

        assertThat(result.trace())
                .extracting(TraceEntry::nodeId, TraceEntry::credentials)
                .containsExactly(tuple("start", java.util.Set.of()), tuple("sign", java.util.Set.of("token")));
    }

    @Test
    void a_value_a_node_marks_is_carried_by_that_node_entry_only_and_masked_in_the_formatted_trace() {
        ExecutionResult result = workflow()
                .node("check", "logic", "{'sensitive': '{{request.body.pw}}', 'output': {'ok': true}}")
                .node("calc", "logic", "{'output': {'echo': '{{request.body.pw}}'}}")
                .node("out", "response", "{'body': 'done'}")
                .edge("start", "check")
                .edge("check", "calc")
                .edge("calc", "out")
                .run(Map.of("pw", "s3cret-pw"));

        assertThat(result.trace())
                .extracting(TraceEntry::nodeId, entry -> entry.marked().size())
                .containsExactly(tuple("start", 0), tuple("check", 1), tuple("calc", 0), tuple("out", 0));
        String formatted = io.dotportion.core.value.Json.write(new TraceFormatter(Limits.defaults())
                .format(result.trace(), io.dotportion.core.secret.Redactor.NONE, TraceFormatter.Credentials.SHOWN));
        assertThat(formatted).doesNotContain("s3cret-pw");
        assertThat(formatted.split("\\[redacted:check\\.secret]", -1))
                .hasSize(6); // start in+out, check in, calc out, out in
    }
}
