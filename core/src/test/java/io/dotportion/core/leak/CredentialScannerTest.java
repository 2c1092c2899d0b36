package io.dotportion.core.leak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialScannerTest {
    private final CredentialScanner scanner = new CredentialScanner();
    private final Fakes fakes = new Fakes(12);

    @Test
    void strings_at_any_depth_are_found_with_their_json_path() {
        String key = "sk_live_" + fakes.base62(24);
        Map<String, Object> document = Map.of(
                "nodes",
                List.of(
                        Map.of("id", "start", "data", Map.of()),
                        Map.of("id", "db", "data", Map.of("filter", Map.of("$and", List.of(Map.of("token", key)))))));

        List<Finding> found = scanner.scanTree(document, "");

        assertThat(found).extracting(Finding::path).containsExactly("nodes[1].data.filter.$and[0].token");
        assertThat(found.getFirst().kind()).isEqualTo(CredentialKind.API_KEY);
        assertThat(found.getFirst().detail()).isEqualTo("Stripe secret key");
    }

    @Test
    void keys_that_are_not_plain_names_are_quoted_in_the_path() {
        String token = "Bearer " + fakes.base62(40);
        Map<String, Object> tree = Map.of("headers", Map.of("X Auth \"x\"", token, "Authorization", token));

        assertThat(scanner.scanTree(tree, "nodes[3].data"))
                .extracting(Finding::path)
                .containsExactlyInAnyOrder(
                        "nodes[3].data.headers.Authorization", "nodes[3].data.headers[\"X Auth \\\"x\\\"\"]");
    }

    @Test
    void object_keys_numbers_and_booleans_are_not_scanned() {
        String key = "ghp_" + fakes.base62(36);
        Map<String, Object> tree = Map.of(key, 1, "n", 42, "b", true);

        assertThat(scanner.scanTree(tree, "")).isEmpty();
    }

    @Test
    void a_literal_gives_one_finding_even_when_several_rules_could_match_it() {
        String url = "mongodb://admin:" + fakes.base62(40) + "@db.example.com:27017/shop";

        List<Finding> found = scanner.scanText("code", "const url = '" + url + "';");

        assertThat(found).extracting(Finding::kind).containsExactly(CredentialKind.MONGODB_URL);
    }

    @Test
    void one_string_gives_one_finding_per_kind() {
        String text = "a " + fakes.jwt() + " b " + fakes.jwt() + " c sk_live_" + fakes.base62(24);

        assertThat(scanner.scanText("x", text))
                .extracting(Finding::kind)
                .containsExactlyInAnyOrder(CredentialKind.JWT, CredentialKind.API_KEY);
    }

    @Test
    void previews_never_show_the_value() {
        String secret = fakes.base62(40);
        List<String> values = List.of(
                "mongodb://user:" + secret + "@h/db",
                "sk_live_" + secret,
                "Bearer " + secret,
                secret,
                fakes.jwt(),
                "-----BEGIN RSA PRIVATE KEY-----\n" + secret + "\n-----END RSA PRIVATE KEY-----");
        for (String value : values) {
            List<Finding> found = scanner.scanText("p", value);
            assertThat(found).as(value).hasSize(1);
            Finding f = found.getFirst();
            assertThat(f.preview())
                    .as(value)
                    .doesNotContain(secret.substring(2, 10))
                    .doesNotContain("user");
            assertThat(f.preview().length()).isLessThan(48);
        }
    }

    @Test
    void the_number_of_findings_is_bounded() {
        List<String> many = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "sk_live_" + fakes.base62(24))
                .toList();

        assertThat(scanner.scanTree(many, "")).hasSize(CredentialScanner.MAX_FINDINGS);
    }

    @Test
    void an_unclosed_template_hides_nothing_and_large_inputs_are_scanned_whole() {
        String key = "sk_live_" + fakes.base62(24);
        String text = "{{".repeat(100_000) + " " + key + " " + "eyJ".repeat(100_000) + " {{ closed }}";

        assertThat(scanner.scanText("code", text)).extracting(Finding::kind).containsExactly(CredentialKind.API_KEY);
    }
}
