package io.dotportion.secrets.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MongoErrorScrubberTest {

    @Test
    void connection_strings_in_driver_messages_are_removed() {
        String message =
                "Invalid host and port in 'mongodb://app:Scrub-Canary-5@db.example.com:99999/shop?authSource=admin'";

        String scrubbed = new MongoErrorScrubber().scrub(message);

        assertThat(scrubbed).isEqualTo("Invalid host and port in 'mongodb://[connection string hidden]'");
    }

    @Test
    void password_pairs_lose_their_value_and_hidden_ones_stay() {
        String message = "MongoCredential{user='app', password=Scrub-Canary-6, source=admin} and password=<hidden>";

        assertThat(new MongoErrorScrubber().scrub(message))
                .isEqualTo("MongoCredential{user='app', password=<hidden>, source=admin} and password=<hidden>");
    }

    @Test
    void the_execution_redactor_masks_known_values_too() {
        ExecutionRedactor redactor = new ExecutionRedactor();
        redactor.register("shop", "mongodb://app:Scrub-Canary-7@db/shop");
        MongoErrorScrubber scrubber = new MongoErrorScrubber(redactor);

        String described = scrubber.describe(new IllegalStateException("auth failed: Scrub-Canary-7 rejected"));

        assertThat(described).isEqualTo("IllegalStateException: auth failed: [secret:shop] rejected");
    }
}
