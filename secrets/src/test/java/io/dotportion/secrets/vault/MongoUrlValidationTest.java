package io.dotportion.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MongoUrlValidationTest {
    private final MongoUrlCheck check = new MongoUrlCheck();

    @Test
    void valid_urls_pass_including_srv_without_a_network_lookup() {
        assertThat(check.problem("mongodb://user:p%40ss@db1.example.com:27017,db2.example.com/shop?replicaSet=rs0")).isEmpty();
        assertThat(check.problem("mongodb://127.0.0.1:27017")).isEmpty();
        assertThat(check.problem("mongodb+srv://user:secret@cluster0.nonexistent.invalid/shop")).isEmpty();
    }

    @Test
    void invalid_urls_are_rejected_with_a_reason_that_never_echoes_them() {
        List<String> invalid = List.of(
                "postgres://user:Canary-Pw-771@host/db",
                "mongodb://user:Canary-Pw-771@",
                "mongodb://user:Canary:Pw-771@host/db",
                "mongodb://user:Canary-Pw-771@host:99999/db",
                "mongodb://user:Canary-Pw-771@host/db?w=Canary-Pw-771&wtimeoutMS=Canary-Pw-771",
                "mongodb+srv://user:Canary-Pw-771@host:27017/db",
                "mongodb://user:Canary Pw-771@host/db");
        for (String url : invalid) {
            assertThat(check.problem(url)).as(url).hasValueSatisfying(reason -> assertThat(reason)
                    .doesNotContain("Canary").doesNotContain("771").doesNotContain(url));
        }
    }
}
