package io.dotportion.core.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule with literals it must find, and look-alikes it must leave alone. */
class LeakRulesTest {
    private static final Fakes FAKES = new Fakes(7);
    private final CredentialScanner scanner = new CredentialScanner();

    static Stream<Arguments> credentials() {
        String pw = FAKES.base62(12);
        return Stream.of(
                found(CredentialKind.MONGODB_URL, "mongodb://app:" + pw + "@db.example.com:27017/shop"),
                found(
                        CredentialKind.MONGODB_URL,
                        "mongodb+srv://app:" + pw + "@cluster0.example.net/shop?retryWrites=true"),
                found(CredentialKind.MONGODB_URL, "MONGODB://app:" + pw + "@10.0.0.1,10.0.0.2/x"),
                found(CredentialKind.MONGODB_URL, "const c = new Client(\"mongodb://u:p%40ss@h\");"),
                found(CredentialKind.PRIVATE_KEY, "-----BEGIN PRIVATE KEY-----\\nMIIEv...\\n-----END PRIVATE KEY-----"),
                found(
                        CredentialKind.PRIVATE_KEY,
                        "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----"),
                found(CredentialKind.PRIVATE_KEY, "-----BEGIN OPENSSH PRIVATE KEY-----"),
                found(CredentialKind.PRIVATE_KEY, "-----BEGIN EC PRIVATE KEY-----"),
                found(CredentialKind.PRIVATE_KEY, "-----BEGIN ENCRYPTED PRIVATE KEY-----"),
                found(CredentialKind.JWT, FAKES.jwt()),
                found(CredentialKind.JWT, "{\"token\": \"" + FAKES.jwt() + "\"}"),
                found(CredentialKind.API_KEY, "sk_live_" + FAKES.base62(24)),
                found(CredentialKind.API_KEY, "sk_test_" + FAKES.base62(24)),
                found(CredentialKind.API_KEY, "rk_live_" + FAKES.base62(24)),
                found(CredentialKind.API_KEY, "AKIA" + FAKES.of(Fakes.UPPER_DIGITS, 16)),
                found(CredentialKind.API_KEY, "key=ASIA" + FAKES.of(Fakes.UPPER_DIGITS, 16) + "&x=1"),
                found(CredentialKind.API_KEY, "ghp_" + FAKES.base62(36)),
                found(CredentialKind.API_KEY, "gho_" + FAKES.base62(36)),
                found(CredentialKind.API_KEY, "github_pat_" + FAKES.base62(22) + "_" + FAKES.base62(59)),
                found(CredentialKind.API_KEY, "xoxb-1234567890-" + FAKES.base62(24)),
                found(CredentialKind.API_KEY, "xoxp-1234567890-1234567890-" + FAKES.base62(24)),
                found(CredentialKind.API_KEY, "AIza" + FAKES.of(Fakes.BASE62 + "_-", 35)),
                found(CredentialKind.API_KEY, "SG." + FAKES.base62(22) + "." + FAKES.base62(43)),
                found(CredentialKind.API_KEY, "glpat-" + FAKES.base62(20)),
                found(CredentialKind.API_KEY, "sk-proj-" + FAKES.base62(48)),
                found(CredentialKind.API_KEY, "npm_" + FAKES.base62(36)),
                found(CredentialKind.API_KEY, "https://hooks.slack.com/services/T0000/B0000/" + FAKES.base62(24)),
                found(CredentialKind.AUTHORIZATION, "Authorization: Bearer abc123def456ghi789jk"),
                found(CredentialKind.AUTHORIZATION, "bearer " + FAKES.base62(20) + "." + FAKES.base62(20)),
                found(CredentialKind.AUTHORIZATION, "Basic " + b64("admin:hunter2")),
                found(CredentialKind.HIGH_ENTROPY, FAKES.base62(32)),
                found(CredentialKind.HIGH_ENTROPY, "const apiKey = '" + FAKES.base62(40) + "';"),
                found(CredentialKind.HIGH_ENTROPY, FAKES.of(Fakes.BASE62 + "+/", 44) + "=="),
                found(CredentialKind.HIGH_ENTROPY, "x-api-key: " + FAKES.of(Fakes.BASE62 + "_-", 64)));
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                none("mongodb://db.example.com:27017/shop"),
                none("mongodb://user@db.example.com/shop"),
                none("mongodb://user:<password>@db.example.com/shop"),
                none("mongodb://user:${DB_PASSWORD}@db.example.com/shop"),
                none("mongodb://user:****@db.example.com/shop"),
                none("mongodb://user:{{ steps.cfg.password }}@db.example.com/shop"),
                none("mongodb://{{ cfg.result.user }}:{{ cfg.result.password }}@db.example.com/shop"),
                none("-----BEGIN PUBLIC KEY-----\nMIIBIjAN\n-----END PUBLIC KEY-----"),
                none("-----BEGIN CERTIFICATE-----"),
                none("eyJhbGciOiJIUzI1NiJ9 is how a header starts"),
                none("eyJub3QiOiJhIGpzb24ifQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBsYWNlaG9sZGVyLXRleHQ"),
                none("keys start with sk_live_ and are secret"),
                none("AKIA is the prefix of an AWS key id"),
                none("ghp_short"),
                none("Authorization: Bearer {{ request.headers.authorization }}"),
                none("'Bearer ' + steps.login.output.token"),
                none("Bearer tokenGoesHereFromTheLogin"),
                none("Basic realm=\"shop\""),
                none("{{ steps.lookup.output.reallyLongFieldNameWithoutMeaning123 }}"),
                none("550e8400-e29b-41d4-a716-446655440000"),
                none("550e8400e29b41d4a716446655440000"),
                none("507f1f77bcf86cd799439011"),
                none("sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                none("da39a3ee5e6b4b0d3255bfef95601890afd80709"),
                none(b64("this is a sentence that was base64 encoded for the test")),
                none(b64("{\"user\":\"admin\",\"role\":\"editor\",\"active\":true}")),
                none("data:image/png;base64," + FAKES.of(Fakes.BASE62 + "+/", 200)),
                none("getElementsByClassNameAndAttribute2"),
                none("thisIsAVeryLongVariableNameInOurCodeBase"),
                none("/api/v1/users/12345/orders/67890/items/details"),
                none("return input.items.filter(i => i.active).map(i => ({ id: i.id, total: i.price * 2 }));"),
                none("application/x-www-form-urlencoded; charset=utf-8"),
                none("The quick brown fox jumps over the lazy dog 1234567890 times."),
                none("https://example.com/search?q=dotportion&page=2&sort=desc"),
                none("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0"),
                none(FAKES.base62(24)),
                none(""));
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void a_credential_literal_is_found(CredentialKind kind, String text) {
        assertThat(scanner.scanText("p", text)).extracting(Finding::kind).containsExactly(kind);
    }

    @ParameterizedTest
    @MethodSource("lookAlikes")
    void a_look_alike_is_not_a_finding(String text) {
        assertThat(scanner.scanText("p", text)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("credentials")
    void a_credential_inside_a_template_expression_is_not_a_literal(CredentialKind kind, String text) {
        String inside = text.replace("{", "").replace("}", "");
        assertThat(scanner.scanText("p", "{{ " + inside + " }}")).isEmpty();
        assertThat(scanner.scanText("p", "{{ " + inside + " } }")).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void the_entropy_thresholds_are_explicit() {
        LeakThresholds strict = new LeakThresholds(48, 4.2, 2);
        String key = FAKES.base62(40);

        assertThat(new CredentialScanner(strict).scanText("p", key)).isEmpty();
        assertThat(scanner.scanText("p", key)).hasSize(1);
        assertThat(new CredentialScanner(new LeakThresholds(32, 4.2, 0))
                        .scanText("p", "abcdefghijklmnopqrstuvwxyzABCDEF"))
                .hasSize(1);
        assertThat(scanner.scanText("p", "abcdefghijklmnopqrstuvwxyzABCDEF")).isEmpty();
        assertThat(Entropy.bitsPerChar("aaaa")).isZero();
        assertThat(Entropy.bitsPerChar("abcd")).isEqualTo(2.0);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes());
    }

    private static Arguments found(CredentialKind kind, String text) {
        return Arguments.of(kind, text);
    }

    private static Arguments none(String text) {
        return Arguments.of(text);
    }
}
