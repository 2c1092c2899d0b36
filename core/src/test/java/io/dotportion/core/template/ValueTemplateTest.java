package io.dotportion.core.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.RequestData;
import io.dotportion.core.value.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTemplateTest {
    private static final Map<String, Object> BODY =
            Map.of("name", "Ada", "age", 36, "tags", List.of("math", "poetry"), "nested", Map.of("id", 7));

    private static final TemplateScope SCOPE = new TemplateScope() {
        @Override
        public Object requestValue() {
            return new RequestData(
                            "POST", "/p", Map.of("id", "9"), Map.of(), Map.of(), Map.of("x-a", "h"), BODY, "127.0.0.1")
                    .toValue();
        }

        @Override
        public Object inputValue() {
            return List.of("first", Map.of("k", "v"));
        }

        @Override
        public Object stepOutput(String nodeId) {
            return nodeId.equals("params") ? Map.of("n", 5) : null;
        }

        @Override
        public Object loopValue() {
            return null;
        }
    };

    private static Object evaluate(Object raw) {
        return ValueTemplate.of(raw).evaluate(SCOPE);
    }

    @Test
    void an_object_keeps_its_member_order_and_each_value_its_type() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("z", "{{request.body.age}}");
        raw.put("a", "{{request.body.tags}}");
        raw.put("fixed", true);
        raw.put("inner", Map.of("id", "{{request.body.nested.id}}"));
        raw.put("missing", "{{request.body.nope}}");

        assertThat(Json.write(evaluate(raw)))
                .isEqualTo(
                        "{\"z\":36,\"a\":[\"math\",\"poetry\"],\"fixed\":true,\"inner\":{\"id\":7},\"missing\":null}");
    }

    @Test
    void text_interpolates_every_path_between_its_literals() {
        assertThat(evaluate("Hi {{request.body.name}}!")).isEqualTo("Hi Ada!");
        assertThat(evaluate("{{request.body.name}}{{request.body.age}}")).isEqualTo("Ada36");
        assertThat(evaluate("{{request.body.name}} is {{request.body.age}}")).isEqualTo("Ada is 36");
        assertThat(evaluate("tags: {{request.body.tags}}, none: [{{request.body.nope}}]"))
                .isEqualTo("tags: [\"math\",\"poetry\"], none: []");
    }

    @Test
    void paths_read_array_indexes_params_headers_steps_and_input() {
        assertThat(evaluate("{{request.body.tags.1}}")).isEqualTo("poetry");
        assertThat(evaluate("{{request.body.tags[0]}}")).isEqualTo("math");
        assertThat(evaluate("{{request.body.tags.2}}")).isNull();
        assertThat(evaluate("{{request.body.name.0}}")).isNull();
        assertThat(evaluate("{{request.params.id}}")).isEqualTo("9");
        assertThat(evaluate("{{request.headers.x-a}}")).isEqualTo("h");
        assertThat(evaluate("{{params.result.n}}")).isEqualTo(5);
        assertThat(evaluate("{{other.result.n}}")).isNull();
        assertThat(evaluate("{{input.1.k}}")).isEqualTo("v");
        assertThat(evaluate("{{input.k}}")).isNull();
        assertThat(evaluate(List.of("{{input.0}}", 2))).isEqualTo(List.of("first", 2));
    }

    @Test
    void the_request_value_lists_its_fields_in_order_with_nulls_kept() {
        Object value = new RequestData("GET", "/x", null, null, null, null, null, null).toValue();

        assertThat(Json.write(value))
                .isEqualTo("{\"method\":\"GET\",\"path\":\"/x\",\"params\":{},\"query\":{},"
                        + "\"queryAll\":{},\"headers\":{},\"body\":null,\"ip\":null}");
    }
}
