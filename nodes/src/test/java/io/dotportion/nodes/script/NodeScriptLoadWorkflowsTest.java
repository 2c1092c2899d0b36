package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dotportion.core.node.LoopFrame;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.condition.ConditionNodeType;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.script.direct.Fallback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scripts of the load workflows (scripts/load, issue 9's measurements) run directly, not in the sandbox. */
class NodeScriptLoadWorkflowsTest {
    private static final Path LOAD = Path.of("..", "scripts", "load");
    private static JsSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(1));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private record Script(String workflow, String code, NodeScript.Form form) {}

    private static List<Script> scripts(String workflow) throws IOException {
        JsonNode root = Json.mapper().readTree(Files.readString(LOAD.resolve(workflow + ".json")));
        List<Script> scripts = new ArrayList<>();
        for (JsonNode node : root.path("nodes")) {
            String type = node.path("type").asText();
            if (type.equals(LogicNodeType.ID)) {
                scripts.add(new Script(workflow, node.path("data").path("code").asText(), NodeScript.Form.BODY));
            } else if (type.equals(ConditionNodeType.ID)) {
                scripts.add(new Script(
                        workflow, node.path("data").path(ConditionNodeType.ID).asText(), NodeScript.Form.CONDITION));
            }
        }
        return scripts;
    }

    @Test
    void every_script_of_the_scripted_load_workflows_is_direct() throws IOException {
        List<Script> scripts = new ArrayList<>();
        for (String workflow : List.of("adults", "items", "login")) {
            scripts.addAll(scripts(workflow));
        }

        assertThat(scripts).extracting(Script::workflow).contains("adults", "items", "login");
        for (Script script : scripts) {
            assertThat(NodeScript.compile(sandbox, script.code(), script.form()).isDirect())
                    .as("%s: %s", script.workflow(), script.code())
                    .isTrue();
        }
    }

    @Test
    void the_load_requests_are_answered_directly_with_the_sandboxs_results() throws IOException {
        FakeNodeContext adult = FakeNodeContext.create().withInput(Map.of("name", "Ada", "age", 36));
        FakeNodeContext item = FakeNodeContext.create()
                .withLoop(new LoopFrame("lines", Map.of("sku", "A-1", "qty", 3, "price", 2.5), 0, null));
        FakeNodeContext login = FakeNodeContext.create()
                .withInput(Map.of("password", "pw"))
                .withStep("params", Map.of("password", "pw"));
        Map<String, FakeNodeContext> contexts = Map.of("adults", adult, "items", item, "login", login);

        for (String workflow : contexts.keySet()) {
            for (Script script : scripts(workflow)) {
                NodeScript compiled = NodeScript.compile(sandbox, script.code(), script.form());
                FakeNodeContext context = contexts.get(workflow);
                Object direct = compiled.runDirect(context);

                assertThat(direct).as(script.code()).isNotEqualTo(Fallback.VALUE);
                assertThat(DirectRendering.render(direct))
                        .isEqualTo(DirectRendering.render(compiled.runSandboxed(context)));
            }
        }
    }
}
