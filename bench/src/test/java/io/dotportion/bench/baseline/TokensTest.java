package io.dotportion.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static final String SECRET = "baseline-test-secret-0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static Tokens tokens(Instant now) {
        return new Tokens(SECRET, "1", Duration.ofHours(1), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String part(String token, int index) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
    }

    @Test
    void a_token_carries_the_header_and_claims_the_login_workflow_signs() {
        String token = tokens(NOW).sign("6b0f27bc397351ff440e8eca", "ada@load.example");

        assertThat(part(token, 0)).isEqualTo("{\"kid\":\"1\",\"typ\":\"JWT\",\"alg\":\"HS256\"}");
        long iat = NOW.getEpochSecond();
        assertThat(part(token, 1))
                .isEqualTo("{\"sub\":\"6b0f27bc397351ff440e8eca\",\"email\":\"ada@load.example\",\"iat\":" + iat
                        + ",\"exp\":" + (iat + 3600) + "}");
    }

    @Test
    void a_signed_token_verifies_to_its_subject() {
        String token = tokens(NOW).sign("user-1", "ada@load.example");

        assertThat(tokens(NOW.plusSeconds(3599)).verifiedSubject(token)).contains("user-1");
    }

    @Test
    void an_expired_token_is_refused_after_the_leeway() {
        String token = tokens(NOW).sign("user-1", "ada@load.example");

        assertThat(tokens(NOW.plusSeconds(3600 + 29)).verifiedSubject(token)).contains("user-1");
        assertThat(tokens(NOW.plusSeconds(3600 + 30)).verifiedSubject(token)).isEmpty();
    }

    @Test
    void a_token_of_another_key_is_refused() {
        Tokens other = new Tokens(
                "another-secret-of-enough-length-0123456789",
                "1",
                Duration.ofHours(1),
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tokens(NOW).verifiedSubject(other.sign("user-1", "ada@load.example")))
                .isEmpty();
    }

    @Test
    void a_token_with_a_changed_payload_is_refused() {
        String[] parts = tokens(NOW).sign("user-1", "ada@load.example").split("\\.");
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"sub\":\"user-2\",\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens(NOW).verifiedSubject(parts[0] + "." + forged + "." + parts[2]))
                .isEmpty();
    }

    @Test
    void an_unsigned_token_and_another_algorithm_are_refused() throws Exception {
        String none = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"sub\":\"user-1\",\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8))
                + ".";
        JWSObject hs512 = new JWSObject(
                new JWSHeader(JWSAlgorithm.HS512), new Payload("{\"sub\":\"user-1\",\"exp\":9999999999}"));
        String longSecret = SECRET + SECRET;
        hs512.sign(new MACSigner(longSecret.getBytes(StandardCharsets.UTF_8)));
        Tokens sameKey = new Tokens(longSecret, "1", Duration.ofHours(1), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tokens(NOW).verifiedSubject(none)).isEmpty();
        assertThat(sameKey.verifiedSubject(hs512.serialize())).isEmpty();
        assertThat(sameKey.verifiedSubject(sameKey.sign("user-1", "ada@load.example")))
                .contains("user-1");
        assertThat(tokens(NOW).verifiedSubject("not a token")).isEmpty();
    }
}
