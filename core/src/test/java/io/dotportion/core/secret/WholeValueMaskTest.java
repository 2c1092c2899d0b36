package io.dotportion.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WholeValueMaskTest {
    private static final WholeValueMask PASS =
            WholeValueMask.EMPTY.with(List.of(new WholeValueMask.Entry("pass", "[m]")));

    @Test
    void a_value_standing_alone_or_between_punctuation_is_replaced() {
        assertThat(PASS.redact("pass")).isEqualTo("[m]");
        assertThat(PASS.redact("\"pass\"")).isEqualTo("\"[m]\"");
        assertThat(PASS.redact("a pass, b (pass) c-pass-d pass.")).isEqualTo("a [m], b ([m]) c-[m]-d [m].");
    }

    @Test
    void a_value_inside_a_word_is_not_replaced() {
        for (String text : List.of("password", "bypass", "passé", "pass_1", "1pass", "Xpass", "passpass")) {
            assertThat(PASS.redact(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void an_occurrence_after_one_inside_a_word_is_still_found() {
        assertThat(PASS.redact("password pass")).isEqualTo("password [m]");
        assertThat(PASS.redact("passpass pass")).isEqualTo("passpass [m]");
    }

    @Test
    void a_json_escape_before_the_value_is_a_boundary() {
        assertThat(PASS.redact("a\\npass")).isEqualTo("a\\n[m]");
        assertThat(PASS.redact("a\\tpass\\r")).isEqualTo("a\\t[m]\\r");
        assertThat(PASS.redact("\\u00E9pass")).isEqualTo("\\u00E9[m]");
        assertThat(PASS.redact("npass")).isEqualTo("npass");
    }

    @Test
    void a_value_with_punctuation_at_its_edges_needs_no_boundary_there() {
        WholeValueMask mask = WholeValueMask.EMPTY.with(List.of(new WholeValueMask.Entry("-k3y!", "[m]")));

        assertThat(mask.redact("x-k3y!y")).isEqualTo("x[m]y");
    }

    @Test
    void longer_values_are_replaced_first_and_duplicates_kept_once() {
        WholeValueMask mask = WholeValueMask.EMPTY
                .with(List.of(
                        new WholeValueMask.Entry("abc", "[short]"), new WholeValueMask.Entry("abc def", "[long]")))
                .with(List.of(new WholeValueMask.Entry("abc", "[short]")));

        assertThat(mask.size()).isEqualTo(2);
        assertThat(mask.redact("abc def and abc")).isEqualTo("[long] and [short]");
    }

    @Test
    void text_without_a_value_is_returned_as_is() {
        String text = "nothing to see";
        assertThat(PASS.redact(text)).isSameAs(text);
        assertThat(PASS.redact(null)).isNull();
        assertThat(WholeValueMask.EMPTY.redact("pass")).isEqualTo("pass");
    }

    @Test
    void an_entry_needs_a_value() {
        assertThatThrownBy(() -> new WholeValueMask.Entry("", "[m]")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PASS.toString()).doesNotContain("pass");
    }
}
