package io.dotportion.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSuggestionTest {
    private static final List<String> RESPONSE = List.of("status", "body", "headers", "label");

    @Test
    void a_swap_of_neighbouring_letters_suggests_the_field() {
        assertThat(FieldSuggestion.closest("stauts", RESPONSE)).contains("status");
    }

    @Test
    void two_edits_suggest_the_field_and_three_do_not() {
        assertThat(FieldSuggestion.closest("heades", RESPONSE)).contains("headers");
        assertThat(FieldSuggestion.closest("hedrs", RESPONSE)).contains("headers");
        assertThat(FieldSuggestion.closest("hxdxrx", RESPONSE)).isEmpty();
    }

    @Test
    void another_letter_case_suggests_the_field_whatever_the_distance() {
        assertThat(FieldSuggestion.closest("HEADERS", RESPONSE)).contains("headers");
    }

    @Test
    void a_short_name_that_would_change_entirely_suggests_nothing() {
        assertThat(FieldSuggestion.closest("id", RESPONSE)).isEmpty();
        assertThat(FieldSuggestion.closest("x", List.of("id"))).isEmpty();
    }

    @Test
    void the_hint_reads_as_a_question_or_is_empty() {
        assertThat(FieldSuggestion.hint("stauts", RESPONSE)).isEqualTo("; did you mean \"status\"?");
        assertThat(FieldSuggestion.hint("connectionString", RESPONSE)).isEmpty();
    }
}
