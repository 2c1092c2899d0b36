package io.dotportion.secrets.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExecutionRedactorTest {
    private static final String JWT = "jwt\"canary\\value/with-quote-and-backslash-00017";
    private static final String URL = "mongodb://shop:Pw%40Canary-4242@db.example.com:27017/shop";

    private final ExecutionRedactor redactor = new ExecutionRedactor();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_registered_value_is_masked_with_its_name() {
        redactor.register("signing", JWT);

        assertThat(redactor.redact("token key " + JWT + " used")).isEqualTo("token key [secret:signing] used");
    }

    @Test
    void nothing_is_masked_before_a_value_is_registered() {
        assertThat(redactor.redact("token key " + JWT)).isEqualTo("token key " + JWT);
    }

    @Test
    void a_value_is_masked_inside_json_escaped_text() throws Exception {
        redactor.register("signing", JWT);
        String once = json.writeValueAsString(Map.of("key", JWT));
        String twice = json.writeValueAsString(Map.of("body", once));

        assertThat(once).doesNotContain(JWT);
        assertThat(redactor.redact(once)).isEqualTo("{\"key\":\"[secret:signing]\"}").doesNotContain("canary");
        assertThat(redactor.redact(twice)).doesNotContain("canary");
    }

    @Test
    void a_non_ascii_value_is_masked_when_json_escapes_it() throws Exception {
        String value = "clé-secrète-ünïcödé-canary-\u0001-long-enough-value";
        redactor.register("intl", value);
        ObjectMapper asciiJson = new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

        assertThat(redactor.redact(asciiJson.writeValueAsString(List.of(value)))).isEqualTo("[\"[secret:intl]\"]");
        assertThat(redactor.redact(json.writeValueAsString(List.of(value)))).isEqualTo("[\"[secret:intl]\"]");
    }

    @Test
    void a_mongodb_url_and_its_password_alone_are_masked_raw_and_decoded() {
        redactor.register("shop", URL);

        assertThat(redactor.redact("connect " + URL)).isEqualTo("connect [secret:shop]");
        assertThat(redactor.redact("url mongodb://shop:Pw%40Canary-4242@other-host/x"))
                .isEqualTo("url mongodb://shop:[secret:shop]@other-host/x");
        assertThat(redactor.redact("auth failed for password Pw@Canary-4242")).isEqualTo("auth failed for password [secret:shop]");
    }

    @Test
    void the_password_of_any_mongodb_url_is_masked_even_unregistered() {
        assertThat(redactor.redact("try mongodb://admin:Other-Canary-1@h1,h2/db?x=1 now"))
                .isEqualTo("try mongodb://admin:[secret]@h1,h2/db?x=1 now");
        assertThat(redactor.redact("srv mongodb+srv://u:p@ss-Canary@cluster.example.com/db"))
                .isEqualTo("srv mongodb+srv://u:[secret]@cluster.example.com/db");
        assertThat(redactor.redact("{\"url\":\"mongodb:\\/\\/u:Json-Canary@h\\/db\"}"))
                .isEqualTo("{\"url\":\"mongodb:\\/\\/u:[secret]@h\\/db\"}");
        assertThat(redactor.redact("no password mongodb://h1:27017/db")).isEqualTo("no password mongodb://h1:27017/db");
    }

    @Test
    void the_longest_value_wins_when_one_contains_another() {
        redactor.register("short", "abcdefghij-0123456789-abcdefghij-01");
        redactor.register("long", "abcdefghij-0123456789-abcdefghij-0123456789");

        assertThat(redactor.redact("x abcdefghij-0123456789-abcdefghij-0123456789 y")).isEqualTo("x [secret:long] y");
    }

    @Test
    void value_trees_are_redacted_in_keys_and_values_without_changing_the_input() {
        redactor.register("signing", JWT);
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("list", List.of("a " + JWT, 5));
        tree.put(JWT, true);

        Object redacted = redactor.redactValue(tree);

        assertThat(redacted).isEqualTo(Map.of("list", List.of("a [secret:signing]", 5), "[secret:signing]", true));
        assertThat(tree).containsKey(JWT);
    }

    @Test
    void registration_from_one_thread_is_seen_by_redaction_on_another() throws Exception {
        Thread registering = Thread.ofPlatform().start(() -> redactor.register("signing", JWT));
        registering.join();

        assertThat(redactor.redact(JWT)).isEqualTo("[secret:signing]");
        assertThat(redactor.toString()).doesNotContain("canary");
    }
}
