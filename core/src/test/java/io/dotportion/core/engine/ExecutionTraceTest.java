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
}
