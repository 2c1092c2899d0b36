package io.dotportion.secrets.redact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dotportion.core.secret.JsonForms;
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
        assertThat(redactor.redact(once))
                .isEqualTo("{\"key\":\"[secret:signing]\"}")
                .doesNotContain("canary");
        assertThat(redactor.redact(twice)).doesNotContain("canary");
    }

    @Test
    void a_non_ascii_value_is_masked_when_json_escapes_it() throws Exception {
        String value = "clé-secrète-ünïcödé-canary-\u0001-long-enough-value";
        redactor.register("intl", value);
        ObjectMapper asciiJson = new ObjectMapper().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

        assertThat(redactor.redact(asciiJson.writeValueAsString(List.of(value))))
                .isEqualTo("[\"[secret:intl]\"]");
        assertThat(redactor.redact(json.writeValueAsString(List.of(value)))).isEqualTo("[\"[secret:intl]\"]");
    }

    @Test
    void a_mongodb_url_and_its_password_alone_are_masked_raw_and_decoded() {
        redactor.register("shop", URL);

        assertThat(redactor.redact("connect " + URL)).isEqualTo("connect [secret:shop]");
        assertThat(redactor.redact("url mongodb://shop:Pw%40Canary-4242@other-host/x"))
                .isEqualTo("url mongodb://shop:[secret:shop]@other-host/x");
        assertThat(redactor.redact("auth failed for password Pw@Canary-4242"))
                .isEqualTo("auth failed for password [secret:shop]");
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

        assertThat(redactor.redact("x abcdefghij-0123456789-abcdefghij-0123456789 y"))
                .isEqualTo("x [secret:long] y");
    }

    @Test
    void a_value_inside_a_longer_word_is_left_as_it_is() {
        redactor.register("db", "mongodb://app:pass@db.example.com/app");

        assertThat(redactor.redact("password")).isEqualTo("password");
        assertThat(redactor.redact("{\"field\":\"password\",\"other\":\"bypass\",\"x\":\"pass_word\"}"))
                .isEqualTo("{\"field\":\"password\",\"other\":\"bypass\",\"x\":\"pass_word\"}");
        assertThat(redactor.redact("2pass")).isEqualTo("2pass");
    }

    @Test
    void a_value_standing_as_a_whole_token_is_masked() {
        redactor.register("db", "mongodb://app:pass@db.example.com/app");

        assertThat(redactor.redact("pass")).isEqualTo("[secret:db]");
        assertThat(redactor.redact("{\"p\":\"pass\"}")).isEqualTo("{\"p\":\"[secret:db]\"}");
        assertThat(redactor.redact("auth failed (pass). retry with pass"))
                .isEqualTo("auth failed ([secret:db]). retry with [secret:db]");
        assertThat(redactor.redact("password=pass;")).isEqualTo("password=[secret:db];");
    }

    @Test
    void a_value_after_a_json_escape_is_a_whole_token() {
        redactor.register("signing", JWT);
        redactor.register("db", "mongodb://app:pass@db.example.com/app");

        assertThat(redactor.redact("\"line\\npass\\tpass\"")).isEqualTo("\"line\\n[secret:db]\\t[secret:db]\"");
        assertThat(redactor.redact("\"\\u00e9pass\"")).isEqualTo("\"\\u00e9[secret:db]\"");
        String escaped = JsonForms.escape(JWT, false);
        assertThat(redactor.redact("\"x\\n" + escaped + "\"")).isEqualTo("\"x\\n[secret:signing]\"");
    }

    @Test
    void a_value_that_begins_or_ends_with_punctuation_is_masked_next_to_letters() {
        redactor.register("db", "mongodb://app:-p%40ss-@db.example.com/app");

        assertThat(redactor.redact("x-p@ss-y")).isEqualTo("x[secret:db]y");
        assertThat(redactor.redact("x-p%40ss-y")).isEqualTo("x[secret:db]y");
    }

    @Test
    void a_prefix_or_a_part_of_a_value_is_not_masked() {
        redactor.register("signing", JWT);
        String prefix = JWT.substring(0, JWT.length() - 1);

        assertThat(redactor.redact(prefix)).isEqualTo(prefix);
        assertThat(redactor.redact(JWT + "1")).isEqualTo(JWT + "1");
    }

    @Test
    void registration_from_one_thread_is_seen_by_redaction_on_another() throws Exception {
        Thread registering = Thread.ofPlatform().start(() -> redactor.register("signing", JWT));
        registering.join();

        assertThat(redactor.redact(JWT)).isEqualTo("[secret:signing]");
        assertThat(redactor.toString()).doesNotContain("canary");
    }
}
