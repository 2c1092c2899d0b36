package io.dotportion.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.engine.fakes.FakeNodes;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in {@code workflows/invalid} gives exactly the violation codes it lists (and each listed path, with
 * its severity and a part of its message when listed);
 * every file in {@code workflows/valid} validates, compiles, and answers each of its cases.
 */
class WorkflowFixturesTest {
    private final WorkflowCompiler compiler = new WorkflowCompiler(FakeNodes.registry(), Limits.defaults());

    static Stream<Fixtures> invalid() {
        return Fixtures.in("invalid");
    }

    static Stream<Fixtures> valid() {
        return Fixtures.in("valid");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void an_invalid_workflow_gives_exactly_the_listed_violations(Fixtures fixture) {
        List<Violation> found = fixture.reading()
                .withValidation(
                        compiler.validate(fixture.reading().document(), fixture.secrets(), fixture.forDeploy()));

        Set<ViolationCode> expectedCodes = fixture.list("expectedViolations").stream()
                .map(v -> ViolationCode.valueOf(v instanceof Map<?, ?> m ? (String) m.get("code") : (String) v))
                .collect(Collectors.toSet());
        assertThat(found.stream().map(Violation::code).collect(Collectors.toSet()))
                .as(found.toString())
                .isEqualTo(expectedCodes);
        for (Object expected : fixture.list("expectedViolations")) {
            if (expected instanceof Map<?, ?> m) {
                assertThat(found).as(found.toString()).anySatisfy(v -> {
                    assertThat(v.code().name()).isEqualTo(m.get("code"));
                    assertThat(v.path()).isEqualTo(m.get("path"));
                    if (m.containsKey("severity")) {
                        assertThat(v.severity().name()).isEqualTo(m.get("severity"));
                    }
                    if (m.containsKey("message")) {
                        assertThat(v.message()).contains((String) m.get("message"));
                    }
                });
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void an_invalid_workflow_lists_each_problem_once(Fixtures fixture) {
        List<Violation> found = compiler.validate(fixture.reading().document(), fixture.secrets(), fixture.forDeploy());

        assertThat(found.stream().map(v -> v.code() + "@" + v.path()).toList()).doesNotHaveDuplicates();
        assertThat(found).allSatisfy(v -> assertThat(v.message()).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void a_valid_workflow_compiles_and_answers_its_cases(Fixtures fixture) {
        assertThat(fixture.reading().violations()).isEmpty();
        assertThat(compiler.validate(fixture.reading().document(), fixture.secrets(), true))
                .isEmpty();
        CompiledWorkflow plan = compiler.compile(fixture.reading().document(), fixture.secrets());

        assertThat(fixture.list("cases")).isNotEmpty();
        for (Object c : fixture.list("cases")) {
            Map<?, ?> testCase = (Map<?, ?>) c;
            Map<?, ?> request = (Map<?, ?>) testCase.get("request");
            ExecutionResult result = plan.execute(new ExecutionRequest(
                    "p1",
                    new RequestData(
                            plan.method(),
                            plan.path().text(),
                            Map.of(),
                            Map.of(),
                            Map.of(),
                            Map.of(),
                            request.get("body"),
                            "127.0.0.1"),
                    SecretResolver.NONE));

            assertThat(result.status()).as("status for " + request).isEqualTo(testCase.get("status"));
            assertThat(Json.parse(Json.write(result.body())))
                    .as("body for " + request)
                    .isEqualTo(testCase.get("body"));
            if (testCase.containsKey("trace")) {
                assertThat(result.trace()).extracting(TraceEntry::nodeId).isEqualTo(testCase.get("trace"));
            }
        }
    }
}
