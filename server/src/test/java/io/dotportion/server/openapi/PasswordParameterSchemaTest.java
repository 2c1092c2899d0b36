package io.dotportion.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordParameterSchemaTest {

    @Test
    void a_password_parameter_is_a_string_of_format_password_with_length_bounds_and_pattern() {
        assertThat(ParameterSchemas.of(Map.of("type", "password", "min", 8, "max", 64, "pattern", "^\\S+$")))
                .isEqualTo(Map.of(
                        "type", "string", "format", "password", "minLength", 8, "maxLength", 64, "pattern", "^\\S+$"));
        assertThat(ParameterSchemas.of(Map.of("type", "string", "sensitive", true)))
                .isEqualTo(Map.of("type", "string"));
    }
}
