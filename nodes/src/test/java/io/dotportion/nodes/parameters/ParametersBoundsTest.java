package io.dotportion.nodes.parameters;

import static io.dotportion.nodes.parameters.Run.errors;
import static io.dotportion.nodes.parameters.Run.field;
import static io.dotportion.nodes.parameters.Run.output;
import static io.dotportion.nodes.parameters.Run.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.FakeNodeContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bounds compared as whole numbers where they can be, as exact decimals where they cannot. */
class ParametersBoundsTest {

    @Test
    void integer_bounds_accept_values_on_the_bound_and_refuse_one_past_it() {
        String data = source("body", "{\"n\": {\"type\": \"integer\", \"min\": -3, \"max\": 200}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("n", -3))))
                .containsEntry("n", -3);
        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("n", 200))))
                .containsEntry("n", 200);
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("n", -4))))
                .containsExactly(field("body.n", "must be at least -3"));
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("n", 201L))))
                .containsExactly(field("body.n", "must be at most 200"));
    }

    @Test
    void fractional_bounds_apply_exactly_to_integers() {
        String data = source("body", "{\"n\": {\"type\": \"integer\", \"min\": 1.5, \"max\": 2.5}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("n", 2))))
                .containsEntry("n", 2);
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("n", 1))))
                .containsExactly(field("body.n", "must be at least 1.5"));
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("n", 3))))
                .containsExactly(field("body.n", "must be at most 2.5"));
    }

    @Test
    void whole_bounds_written_with_a_fraction_or_an_exponent_bound_lengths_and_sizes() {
        String data = source(
                "body",
                "{\"s\": {\"type\": \"string\", \"max\": 2.0}, "
                        + "\"a\": {\"type\": \"array\", \"min\": 1e0, \"max\": 1E1}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("s", "ab", "a", List.of(1)))))
                .containsEntry("s", "ab");
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("s", "abc", "a", List.of()))))
                .containsExactly(
                        field("body.s", "must be at most 2 characters long"),
                        field("body.a", "must have at least 1 item"));
        assertThat(errors(
                        data,
                        FakeNodeContext.create()
                                .withBody(Map.of("s", "", "a", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)))))
                .containsExactly(field("body.a", "must have at most 10 items"));
    }

    @Test
    void bounds_beyond_a_long_compare_exactly() {
        String data = source(
                "body",
                "{\"n\": {\"type\": \"integer\", \"max\": 1e30}, "
                        + "\"m\": {\"type\": \"integer\", \"min\": -99999999999999999999}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("n", Long.MAX_VALUE, "m", Long.MIN_VALUE))))
                .containsEntry("n", Long.MAX_VALUE)
                .containsEntry("m", Long.MIN_VALUE);
    }

    @Test
    void decimal_values_keep_their_exact_comparison() {
        String data = source("body", "{\"x\": {\"type\": \"number\", \"min\": 0.1, \"max\": 100}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("x", 0.1))))
                .containsEntry("x", 0.1);
        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("x", new BigDecimal("100.0")))))
                .containsEntry("x", new BigDecimal("100.0"));
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("x", 100.000001))))
                .containsExactly(field("body.x", "must be at most 100"));
    }

    @Test
    void the_output_lists_the_declared_names_in_order_and_leaves_out_missing_ones() {
        String data = source("body", "{\"z\": {}, \"a\": {\"default\": \"d\"}, \"m\": {}, \"b\": {}}");

        Map<String, Object> out = output(data, FakeNodeContext.create().withBody(Map.of("b", 1, "z", 2)));

        assertThat(new ArrayList<>(out.keySet())).containsExactly("z", "a", "b");
        assertThat(out).containsEntry("a", "d").doesNotContainKey("m");
        assertThat(out.get("m")).isNull();
    }
}
