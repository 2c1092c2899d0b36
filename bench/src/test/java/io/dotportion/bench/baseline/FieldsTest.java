package io.dotportion.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private static Fields emailOf(Object value) {
        Fields fields = new Fields(value == null ? Map.of() : Map.of("email", value), "body");
        fields.requiredEmail("email");
        return fields;
    }

    @Test
    void an_email_with_one_at_and_a_dotted_domain_is_valid() {
        assertThat(emailOf("user7@load.example").valid()).isTrue();
        assertThat(emailOf("a.b+c@sub.example.org").valid()).isTrue();
    }

    @Test
    void emails_the_product_refuses_are_refused_with_its_reason() {
        for (Object bad : new Object[] {
            "",
            "no-at.example",
            "@load.example",
            "a@b@load.example",
            "a@localhost",
            "a@.load.example",
            "a@load.example.",
            "a@load..example",
            "a b@load.example",
            42
        }) {
            Fields fields = emailOf(bad);
            assertThat(fields.valid()).as("%s", bad).isFalse();
            assertThat(fields.errors())
                    .containsExactly(Map.of("field", "body.email", "reason", "must be a valid email address"));
        }
    }

    @Test
    void a_missing_email_is_required() {
        assertThat(emailOf(null).errors()).containsExactly(Map.of("field", "body.email", "reason", "is required"));
    }
}
