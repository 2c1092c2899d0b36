package io.dotportion.nodes.jwt;

import static io.dotportion.nodes.jwt.JwtFixtures.CLOCK;
import static io.dotportion.nodes.jwt.JwtFixtures.KEY_V1;
import static io.dotportion.nodes.jwt.JwtFixtures.NOW;
import static io.dotportion.nodes.jwt.JwtFixtures.compile;
import static io.dotportion.nodes.jwt.JwtFixtures.hs256;
import static io.dotportion.nodes.jwt.JwtFixtures.secret;
import static io.dotportion.nodes.jwt.JwtFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A token is accepted in one spelling only, with one value per claim and NumericDates a clock can hold. */
class JwtStrictFormTest {
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final String HS256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    private final JwtVerifyNode node = new JwtVerifyNode(JwtLimits.defaults(), CLOCK);

    private NodeOutcome run(String token) {
        FakeNodeContext context = FakeNodeContext.create()
                .withSecret(secret(1, KEY_V1))
                .withHeaders(Map.of("authorization", "Bearer " + token));
        return compile(node, "{\"secret\": \"auth\"}").execute(context);
    }

    private void assertRefused(String token) {
        assertThat(run(token))
                .isInstanceOfSatisfying(
                        NodeOutcome.Fail.class,
                        fail -> assertThat(fail.error().code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }

    private void assertAccepted(String token) {
        assertThat(run(token)).isInstanceOf(NodeOutcome.Next.class);
    }

    /** Signs raw JSON parts exactly as given (an independent HMAC, not the code under test). */
    static String signed(String headerJson, String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY_V1.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + b64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String exp(long secondsFromNow) {
        return String.valueOf(NOW.getEpochSecond() + secondsFromNow);
    }

    private static String part(String token, int index, UnaryOperator<String> change) {
        String[] parts = token.split("\\.");
        parts[index] = change.apply(parts[index]);
        return String.join(".", parts);
    }

    /** A valid token whose signature holds a '-' or '_' (so that '+' or '/' can stand for it). */
    private static String tokenWithUrlSafeCharacters() {
        for (int i = 0; ; i++) {
            String t = token().withClaim("n", i).sign(hs256(KEY_V1));
            String sig = t.substring(t.lastIndexOf('.') + 1);
            if (sig.contains("-") && sig.contains("_")) {
                return t;
            }
        }
    }

    @Test
    void the_canonical_token_is_accepted() {
        assertAccepted(token().sign(hs256(KEY_V1)));
        assertAccepted(signed(HS256, "{\"exp\":" + exp(60) + ",\"iat\":" + exp(0) + ",\"nbf\":" + exp(-5) + "}"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2})
    void padding_on_any_part_is_refused(int index) {
        String t = token().sign(hs256(KEY_V1));
        assertRefused(part(t, index, p -> p + "="));
        assertRefused(part(t, index, p -> p + "=="));
    }

    @Test
    void standard_base64_letters_for_url_safe_ones_are_refused() {
        String t = tokenWithUrlSafeCharacters();
        assertAccepted(t);
        assertRefused(part(t, 2, p -> p.replace('-', '+')));
        assertRefused(part(t, 2, p -> p.replace('_', '/')));
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n", "\t", "\r\n", "%", "*", "\u00e9"})
    void whitespace_or_foreign_characters_inside_a_part_are_refused(String inserted) {
        String t = token().sign(hs256(KEY_V1));
        for (int index = 0; index < 3; index++) {
            assertRefused(part(t, index, p -> p.substring(0, 4) + inserted + p.substring(4)));
        }
    }

    @Test
    void set_bits_after_the_last_byte_of_the_signature_are_refused() {
        String t = token().sign(hs256(KEY_V1));
        String sig = t.substring(t.lastIndexOf('.') + 1);
        assertThat(sig.length() % 4).isEqualTo(3);
        char last = sig.charAt(sig.length() - 1);
        for (int bit : new int[] {1, 2, 3}) {
            char other = B64.charAt(B64.indexOf(last) ^ bit);
            assertThat(Base64.getUrlDecoder().decode(sig.substring(0, sig.length() - 1) + other))
                    .isEqualTo(Base64.getUrlDecoder().decode(sig));
            assertRefused(t.substring(0, t.length() - 1) + other);
        }
    }

    @Test
    void set_bits_after_the_last_byte_of_the_header_or_payload_are_refused() {
        for (String pad : new String[] {"", "x", "xx"}) {
            String t = signed(HS256, "{\"exp\":" + exp(60) + ",\"p\":\"" + pad + "\"}");
            String[] parts = t.split("\\.");
            if (parts[1].length() % 4 == 0) {
                continue;
            }
            char last = parts[1].charAt(parts[1].length() - 1);
            char other = B64.charAt(B64.indexOf(last) ^ 1);
            assertRefused(part(t, 1, p -> p.substring(0, p.length() - 1) + other));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"sub\":\"u1\",\"sub\":\"admin\",\"exp\":%s}",
                "{\"exp\":%s,\"exp\":%s}",
                "{\"exp\":%s,\"org\":{\"role\":\"user\",\"role\":\"admin\"}}",
                "{\"exp\":%s,\"exp\":99999999999}"
            })
    void a_claim_given_twice_is_refused(String payload) {
        assertRefused(signed(HS256, payload.replace("%s", exp(60))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"alg\":\"HS256\",\"alg\":\"HS256\"}",
                "{\"alg\":\"HS256\",\"kid\":\"1\",\"kid\":\"2\"}",
                "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"typ\":\"JWT\"}"
            })
    void a_header_parameter_given_twice_is_refused(String header) {
        assertRefused(signed(header, "{\"exp\":" + exp(60) + "}"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e300",
                "1e400",
                "-1",
                "-1e300",
                "253402300800",
                "99999999999999999999999",
                "\"1700000000\"",
                "true",
                "null",
                "[1]",
                "{}"
            })
    void an_expiry_that_is_no_sane_number_of_seconds_is_refused(String value) {
        assertRefused(signed(HS256, "{\"exp\":" + value + "}"));
    }

    @Test
    void an_expiry_beyond_the_longest_lifetime_is_refused_and_one_within_it_is_accepted() {
        assertRefused(signed(HS256, "{\"exp\":" + exp(400L * 24 * 3600) + "}"));
        assertAccepted(signed(HS256, "{\"exp\":" + exp(300L * 24 * 3600) + "}"));
        assertAccepted(signed(HS256, "{\"exp\":" + exp(60) + ".5}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e300", "-5", "\"now\"", "253402300800"})
    void an_issued_at_or_not_before_that_is_no_sane_number_is_refused(String value) {
        assertRefused(signed(HS256, "{\"exp\":" + exp(60) + ",\"iat\":" + value + "}"));
        assertRefused(signed(HS256, "{\"exp\":" + exp(60) + ",\"nbf\":" + value + "}"));
    }

    @Test
    void a_token_issued_in_the_future_is_refused() {
        assertRefused(signed(HS256, "{\"exp\":" + exp(7200) + ",\"iat\":" + exp(3600) + "}"));
        assertAccepted(signed(HS256, "{\"exp\":" + exp(7200) + ",\"iat\":" + exp(30) + "}"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"alg\":\"hs256\"}",
                "{\"alg\":\"HS256 \"}",
                "{\"alg\":[\"HS256\"]}",
                "{\"typ\":\"JWT\"}",
                "{\"alg\":\"HS384\"}",
                "{\"alg\":\"none\"}",
                "{\"alg\":\"HS256\",\"crit\":[]}",
                "{\"alg\":\"HS256\",\"crit\":[\"exp\"],\"exp\":1}",
                "{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}",
                "{\"alg\":\"HS256\",\"b64\":true}",
                "{\"alg\":\"HS256\",\"kid\":1}",
                "[\"HS256\"]"
            })
    void a_header_other_than_exactly_the_configured_algorithm_is_refused(String header) {
        assertRefused(signed(header, "{\"exp\":" + exp(60) + "}"));
    }

    @Test
    void claims_in_invalid_utf8_are_refused() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String valid = signed(HS256, "{\"exp\":" + exp(60) + ",\"sub\":\"a\"}");
        byte[] overlong = ("{\"exp\":" + exp(60) + ",\"sub\":\"\u0000\"}").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[overlong.length + 1];
        int at = new String(overlong, StandardCharsets.UTF_8).indexOf('\u0000');
        System.arraycopy(overlong, 0, bytes, 0, at);
        bytes[at] = (byte) 0xC0;
        bytes[at + 1] = (byte) 0xAF;
        System.arraycopy(overlong, at + 1, bytes, at + 2, overlong.length - at - 1);
        assertRefused(part(valid, 1, p -> b64.encodeToString(bytes)));
    }
}
