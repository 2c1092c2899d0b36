package io.dotportion.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's validation without a server: the examples pass, and every problem but secrets is found. */
class OfflineValidatorTest {
    private static OfflineValidator validator;

    @BeforeAll
    static void open() {
        validator = OfflineValidator.open();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    private static Object example(String name) throws IOException {
        try (InputStream in = OfflineValidatorTest.class.getResourceAsStream("/examples/" + name)) {
            return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo.json", "login.json", "me.json", "dotportion-create-todo.json"})
    void the_examples_validate_offline_without_a_problem(String name) throws IOException {
        assertThat(validator.validate(example(name))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_node_naming_no_secret_is_left_to_the_server_and_a_named_one_is_not_looked_up() throws IOException {
        Map<String, Object> login = (Map<String, Object>) example("login.json");
        for (Object node : (List<Object>) login.get("nodes")) {
            ((Map<String, Object>) ((Map<String, Object>) node).get("data")).remove("secret");
        }

        assertThat(validator.validate(login)).isEmpty();
    }

    @Test
    void a_script_that_does_not_parse_and_a_typo_are_found_as_on_the_server() {
        Object document = Json.parse("""
                {"name": "S", "method": "POST", "path": "/s", "nodes": [
                  {"id": "start", "type": "apiStart", "data": {}},
                  {"id": "calc", "type": "logic", "data": {"code": "return {;", "cdoe": "x"}},
                  {"id": "out", "type": "response", "data": {}}],
                 "edges": [{"id": "e1", "source": "start", "target": "calc"},
                           {"id": "e2", "source": "calc", "target": "out"}]}
                """);

        assertThat(validator.validate(document))
                .extracting(Violation::code, Violation::path)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ViolationCode.SCRIPT_SYNTAX, "nodes[1].data.code"),
                        org.assertj.core.groups.Tuple.tuple(ViolationCode.UNKNOWN_FIELD, "nodes[1].data.cdoe"));
    }
}
