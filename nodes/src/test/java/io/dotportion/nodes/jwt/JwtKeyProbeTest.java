package io.dotportion.nodes.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.secret.Secret;
import org.junit.jupiter.api.Test;

class JwtKeyProbeTest {
    @Test
    void a_key_of_32_bytes_or_more_signs_and_verifies() {
        assertThat(JwtKeyProbe.problem(new Secret("k", 1, "k".repeat(32).toCharArray())))
                .isEmpty();
        assertThat(JwtKeyProbe.problem(new Secret("k", 1, "é".repeat(40).toCharArray())))
                .isEmpty();
    }

    @Test
    void a_key_too_short_for_hs256_says_so_without_the_value() {
        assertThat(JwtKeyProbe.problem(new Secret("k", 1, "short-key".toCharArray())))
                .contains(JwtKeyProbe.TOO_SHORT);
    }
}
