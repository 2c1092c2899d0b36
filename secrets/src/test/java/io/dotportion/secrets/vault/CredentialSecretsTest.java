package io.dotportion.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.secret.Secret;
import io.dotportion.secrets.redact.ExecutionRedactor;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.Vaults;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialSecretsTest {
    private static final String CANARY = "sk-canary-41d7e0b9c2";
    private static final Map<String, String> HEADER = Map.of("in", "header", "name", "X-Api-Key");

    private EmbeddedMongo mongo;
    private SecretVault vault;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        vault = Vaults.vault(mongo.newDatabase(), Vaults.randomKey());
    }

    @AfterEach
    void stop() {
        vault.close();
        mongo.close();
    }

    private SecretWrite put(String name, String type, String value, Map<String, String> metadata) {
        return vault.put("p1", name, type, SecretInput.of(value), null, metadata, "alice");
    }

    @Test
    void an_api_key_keeps_its_metadata_shown_in_listings_and_carried_by_the_resolved_secret() {
        SecretWrite written = put("stripe", "apiKey", CANARY, HEADER);

        assertThat(written.metadata().metadata()).isEqualTo(HEADER);
        assertThat(vault.list("p1")).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("apiKey");
            assertThat(m.metadata()).isEqualTo(HEADER);
        });
        Secret secret = vault.resolver("p1").resolve("stripe", "apiKey").orElseThrow();
        assertThat(secret.reveal()).isEqualTo(CANARY);
        assertThat(secret.type()).isEqualTo("apiKey");
        assertThat(secret.metadata()).isEqualTo(HEADER);
    }

    @Test
    void replacing_an_api_key_without_metadata_keeps_it_and_with_metadata_changes_it() {
        put("stripe", "apiKey", CANARY, HEADER);
        assertThat(put("stripe", "apiKey", CANARY + "2", null).metadata().metadata())
                .isEqualTo(HEADER);
        Map<String, String> query = Map.of("in", "query", "name", "key");
        assertThat(put("stripe", "apiKey", CANARY + "3", query).metadata().metadata())
                .isEqualTo(query);
        assertThat(vault.get("p1", "stripe").orElseThrow().metadata()).isEqualTo(query);
    }

    @Test
    void bearer_and_basic_secrets_store_their_values_and_carry_their_types() {
        put("token", "bearer", CANARY, null);
        put("login", "basic", "ada:" + CANARY, null);
        var resolver = vault.resolver("p1");
        assertThat(resolver.resolve("token", "bearer").orElseThrow().reveal()).isEqualTo(CANARY);
        assertThat(resolver.resolve("login", "basic").orElseThrow().type()).isEqualTo("basic");
        assertThat(resolver.resolve("login", "bearer")).isEmpty();
    }

    @Test
    void a_resolved_basic_secret_is_masked_in_its_header_form_too() {
        put("login", "basic", "ada:" + CANARY, null);
        ExecutionRedactor redactor = new ExecutionRedactor();
        vault.resolverFor("p1", redactor).resolve("login", "basic").orElseThrow();
        String header = Base64.getEncoder().encodeToString(("ada:" + CANARY).getBytes(StandardCharsets.UTF_8));
        assertThat(redactor.redact("{\"echo\":\"Basic " + header + "\"}"))
                .isEqualTo("{\"echo\":\"Basic [secret:login]\"}");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "apiKey|with space " + CANARY + "|printable ASCII without spaces",
                "bearer|Bearer " + CANARY + "|without 'Bearer '",
                "bearer|'" + CANARY + "\t'|printable ASCII",
                "basic|" + CANARY + "|user:password",
                "basic|:" + CANARY + "|needs a user",
                "basic|'ada:" + CANARY + "\u0007'|no control characters"
            })
    void a_value_its_type_refuses_is_refused_without_quoting_it(String type, String value, String reason) {
        Map<String, String> metadata = type.equals("apiKey") ? HEADER : null;
        assertThatThrownBy(() -> put("s", type, value, metadata))
                .isInstanceOfSatisfying(SecretInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(SecretInputException.Code.INVALID_SECRET_VALUE);
                    assertThat(e.getMessage()).contains(reason).doesNotContain(CANARY);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "none|-|-|apiKey metadata needs in",
                "bad in|body|X-Key|in: header or in: query",
                "no name|header|-|needs the name of the header",
                "bad header name|header|X Key|a header name is",
                "reserved header|header|Host|cannot carry a key",
                "framing header|header|Content-Length|cannot carry a key",
                "bad query name|query|a=b|a query parameter name",
            })
    void api_key_metadata_its_rules_refuse_is_refused(String label, String in, String name, String reason) {
        Map<String, String> metadata = new java.util.HashMap<>();
        if (in != null) {
            metadata.put("in", in);
        }
        if (name != null) {
            metadata.put("name", name);
        }
        assertThatThrownBy(() -> put("s", "apiKey", CANARY, label.equals("none") ? null : metadata))
                .isInstanceOfSatisfying(SecretInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(SecretInputException.Code.INVALID_SECRET_METADATA);
                    assertThat(e.getMessage()).contains(reason).doesNotContain(CANARY);
                });
        assertThat(vault.list("p1")).isEmpty();
    }

    @Test
    void metadata_on_a_type_without_any_and_unknown_metadata_fields_are_refused() {
        assertThatThrownBy(() -> put("t", "bearer", CANARY, HEADER))
                .hasMessageContaining("only apiKey secrets have metadata");
        assertThatThrownBy(() -> put("k", "apiKey", CANARY, Map.of("in", "header", "name", "X-K", "extra", "1")))
                .hasMessageContaining("exactly two fields");
    }

    @Test
    void an_unknown_type_names_every_known_one() {
        assertThatThrownBy(() -> put("x", "oauth", CANARY, null))
                .hasMessage("secret type must be one of 'jwt', 'mongodb', 'apiKey', 'bearer', 'basic'");
    }
}
