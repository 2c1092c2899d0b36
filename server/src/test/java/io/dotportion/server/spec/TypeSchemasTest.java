package io.dotportion.server.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeSchemasTest {
    enum Color {
        RED,
        BLUE
    }

    enum Lower {
        ONE;

        @JsonValue
        String json() {
            return "one";
        }
    }

    record Inner(int count) {}

    record Answer(
            String name,
            int version,
            Instant at,
            Color color,
            Lower lower,
            List<Inner> items,
            Map<String, Integer> counts,
            Optional<String> note,
            @JsonProperty("renamed") String original,
            @JsonIgnore String hidden,
            @JsonInclude(JsonInclude.Include.NON_NULL) String sometimes) {}

    private final TypeSchemas answers = new TypeSchemas(TypeSchemas.Direction.ANSWER);
    private final TypeSchemas requests = new TypeSchemas(TypeSchemas.Direction.REQUEST);

    @Test
    @SuppressWarnings("unchecked")
    void an_answer_record_requires_every_written_component_and_allows_null_unless_primitive() {
        Map<String, Object> schema = answers.of(Answer.class);
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");

        assertThat(schema).containsEntry("additionalProperties", false);
        assertThat((List<String>) schema.get("required"))
                .containsExactly("name", "version", "at", "color", "lower", "items", "counts", "note", "renamed");
        assertThat(properties).doesNotContainKeys("hidden", "original").containsKey("sometimes");
        assertThat((Map<String, Object>) properties.get("name")).containsEntry("type", List.of("string", "null"));
        assertThat((Map<String, Object>) properties.get("version")).containsEntry("type", "integer");
        assertThat((Map<String, Object>) properties.get("at")).containsEntry("type", List.of("string", "null"));
        assertThat((Map<String, Object>) properties.get("sometimes")).containsEntry("type", "string");
        assertThat((List<Object>) ((Map<String, Object>) properties.get("color")).get("enum"))
                .containsExactly("RED", "BLUE", null);
        assertThat((Map<String, Object>) properties.get("lower")).doesNotContainKey("enum");
        assertThat((Map<String, Object>) properties.get("items"))
                .containsEntry("type", List.of("array", "null"))
                .extractingByKey("items")
                .satisfies(items -> assertThat((Map<String, Object>) items).containsEntry("type", "object"));
        assertThat((Map<String, Object>) properties.get("counts"))
                .containsEntry("additionalProperties", Map.of("type", "integer"));
    }

    @Test
    void a_request_record_requires_nothing_and_allows_other_fields() {
        Map<String, Object> schema = requests.of(Answer.class);

        assertThat(schema)
                .doesNotContainKeys("required", "additionalProperties")
                .containsEntry("type", "object");
    }
}
