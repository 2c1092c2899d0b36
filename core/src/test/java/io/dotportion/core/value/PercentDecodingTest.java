package io.dotportion.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentDecodingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%C0%AF",
                "a%C0%AFb",
                "%E0%80%AF",
                "%F0%80%80%AF",
                "%ED%A0%80",
                "%ED%BF%BF",
                "%E2%82",
                "%C3",
                "%80",
                "%FF",
                "%F4%90%80%80",
                "%C3%28",
                "%",
                "%4",
                "%G1",
                "%%41",
                "a%zz",
                "%\u0661\u0662"
            })
    void invalid_escapes_and_invalid_utf8_are_refused(String text) {
        assertThatThrownBy(() -> PercentDecoding.decode(text, true)).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> PercentDecoding.decode(text, false)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void valid_escapes_decode_and_plus_depends_on_the_flavour() {
        assertThat(PercentDecoding.decode("a%2Fb%20c+d", true)).isEqualTo("a/b c d");
        assertThat(PercentDecoding.decode("a%2Fb%20c+d", false)).isEqualTo("a/b c+d");
        assertThat(PercentDecoding.decode("%C3%A9%E4%B8%AD%F0%9F%98%80", false)).isEqualTo("\u00e9\u4e2d\ud83d\ude00");
        assertThat(PercentDecoding.decode("%c3%a9", false)).isEqualTo("\u00e9");
        assertThat(PercentDecoding.decode("plain", false)).isEqualTo("plain");
    }

    @Test
    void a_character_split_across_two_runs_is_refused() {
        assertThatThrownBy(() -> PercentDecoding.decode("%C3x%A9", false)).isInstanceOf(MalformedInputException.class);
    }
}
