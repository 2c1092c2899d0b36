package io.dotportion.nodes.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "^ada",
                "^[a-z0-9._%+-]+@example\\.com$",
                "(foo|bar)",
                "^(foo|bar)baz$",
                "\\p{L}+",
                "a{2,3}",
                "(ab)+",
                "(?i)ada",
                "^(\\d{3})-(\\d{4})$",
                "(a+)?",
                "(a+){1}",
                "[(a+)+]",
                "\\(a+\\)+",
                "{{request.query.q}}",
                "x{L}+"
            })
    void ordinary_patterns_are_accepted(String pattern) {
        assertThat(RegexRules.problem(pattern)).as(pattern).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(a+)+$",
                "(a*)*",
                "(a|aa)+",
                "(\\w+\\s?)*$",
                "((ab)*)+",
                "(a|b){2,}",
                "(.*a){10}",
                "^(([a-z])+.)+[A-Z]([a-z])+$",
                "(?:x+y?)+z",
                "([a-z]+)*@"
            })
    void groups_that_repeat_what_repeats_or_alternates_are_refused(String pattern) {
        assertThat(RegexRules.problem(pattern))
                .as(pattern)
                .hasValueSatisfying(p -> assertThat(p).contains("exponentially"));
    }

    @Test
    void back_references_and_long_patterns_are_refused() {
        assertThat(RegexRules.problem("(a)\\1")).hasValue("a regular expression may not refer back to a group");
        assertThat(RegexRules.problem("(?<x>a)\\k<x>")).isPresent();
        assertThat(RegexRules.problem("a".repeat(RegexRules.MAX_LENGTH))).isEmpty();
        assertThat(RegexRules.problem("a".repeat(RegexRules.MAX_LENGTH + 1)))
                .hasValueSatisfying(p -> assertThat(p).contains(String.valueOf(RegexRules.MAX_LENGTH)));
    }

    @Test
    void patterns_are_found_at_any_depth_in_filters_and_expressions() {
        Map<String, Object> query = Map.of(
                "$or",
                List.of(
                        Map.of("name", Map.of("$regex", "(a+)+$")),
                        Map.of("$expr", Map.of("$regexMatch", Map.of("input", "$bio", "regex", "(x|xx)*")))),
                "email",
                Map.of("$regex", "^ada"));
        List<String> paths = new ArrayList<>();

        RegexRules.findUnsafe(query, "filter", (path, problem) -> paths.add(path));

        assertThat(paths)
                .containsExactlyInAnyOrder("filter.$or[0].name.$regex", "filter.$or[1].$expr.$regexMatch.regex");
        assertThat(RegexRules.firstUnsafe(Map.of("email", Map.of("$regex", "^ada"))))
                .isEmpty();
    }
}
