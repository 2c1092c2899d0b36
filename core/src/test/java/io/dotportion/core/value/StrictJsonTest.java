package io.dotportion.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":1} x",
                "{\"a\":1}{\"b\":2}",
                "[1] [2]",
                "1 2",
                "\"a\" \"b\"",
                "{\"a\":1}}",
                "{\"a\":1}]",
                "null null",
                "{\"a\":1} // comment",
                "{\"a\":1},"
            })
    void trailing_content_after_the_value_is_refused(String text) {
        assertThatThrownBy(() -> Json.parseInput(bytes(text)))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("trailing content");
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":1,\"a\":2}",
                "{\"a\":1,\"a\":1}",
                "{\"x\":{\"b\":1,\"b\":null}}",
                "[{\"ok\":1},{\"c\":[],\"c\":{}}]",
                "{\"a\":{\"b\":{\"c\":{\"d\":1,\"d\":2}}}}",
                "{\"\\u0061\":1,\"a\":2}",
                "{\"\":1,\"\":2}"
            })
    void a_key_twice_in_one_object_is_refused_at_any_depth(String text) {
        assertThatThrownBy(() -> Json.parseInput(bytes(text)))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("uplicate");
        assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_key_in_two_different_objects_is_fine() {
        assertThat(Json.parseInput(bytes("{\"a\":{\"a\":1},\"b\":[{\"a\":2},{\"a\":3}]}")))
                .isEqualTo(Map.of("a", Map.of("a", 1), "b", List.of(Map.of("a", 2), Map.of("a", 3))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "7b2261223a22c0af227d", // overlong '/' (C0 AF)
                "7b2261223a22e080af227d", // overlong '/' in three bytes
                "7b2261223a22f08080af227d", // overlong '/' in four bytes
                "7b2261223a22c1bf227d", // overlong DEL
                "7b2261223a22eda080227d", // encoded high surrogate U+D800
                "7b2261223a22edbfbf227d", // encoded low surrogate U+DFFF
                "7b2261223a22eda0bdedb8b5227d", // CESU-8 pair
                "7b2261223a22e282227d", // truncated three-byte sequence
                "7b2261223a22c3", // truncated at the end
                "7b2261223a2280227d", // stray continuation byte
                "7b2261223a22f4908080227d", // past U+10FFFF
                "7b2261223a22f8888080227d", // five-byte form
                "7b2261223a22ff227d", // 0xFF
                "7bc0af3a317d" // overlong in a key
            })
    void invalid_utf8_is_refused_instead_of_decoded_leniently(String hex) {
        assertThatThrownBy(() -> Json.parseInput(HexFormat.of().parseHex(hex)))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("UTF-8");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":\"\\ud800\"}",
                "{\"a\":\"\\udc00\"}",
                "{\"a\":\"x\\ud83dy\"}",
                "{\"\\udfff\":1}",
                "[\"\\ude00\\ud83d\"]",
                "\"\\ud800\""
            })
    void an_unpaired_surrogate_escape_is_refused_in_input(String text) {
        assertThatThrownBy(() -> Json.parseInput(bytes(text)))
                .isInstanceOf(MalformedInputException.class)
                .hasMessageContaining("surrogate");
    }

    @Test
    void well_formed_text_beyond_ascii_is_read() {
        assertThat(Json.parseInput(bytes("{\"smile\":\"\\ud83d\\ude00 \u00e9\u4e2d\ud83d\ude00\"}")))
                .isEqualTo(Map.of("smile", "\ud83d\ude00 \u00e9\u4e2d\ud83d\ude00"));
    }

    @Test
    void numbers_read_as_the_mapper_reads_them() throws Exception {
        String text = "[1, 12345678901, 123456789012345678901234567890, 1.5, -0.0, 1e3, true, false, null]";
        assertThat(Json.parseInput(bytes(text))).isEqualTo(Json.mapper().readValue(text, Object.class));
    }

    @Test
    void the_mapper_itself_refuses_duplicates_and_trailing_tokens() {
        assertThatThrownBy(() -> Json.mapper().readValue("{\"a\":1,\"a\":2}", Map.class))
                .hasMessageContaining("uplicate");
        assertThatThrownBy(() -> Json.mapper().readValue("{\"a\":1} {}", Map.class))
                .hasMessageContaining("railing");
    }

    @Test
    void nothing_at_all_is_malformed() {
        assertThatThrownBy(() -> Json.parseInput(bytes("  "))).isInstanceOf(MalformedInputException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
