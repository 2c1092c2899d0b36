package io.dotportion.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dotportion.core.secret.Secret;
import org.junit.jupiter.api.Test;

class NeverExposedTest {
    private static final String CANARY = "never-exposed-canary-value-0000000000000001";

    record Holder(String label, Secret secret) {}

    @Test
    void a_secret_prints_as_stars() {
        Secret secret = new Secret("signing", 1, CANARY.toCharArray());

        assertThat(secret.toString()).isEqualTo("***");
        assertThat(new Holder("x", secret).toString()).doesNotContain(CANARY);
    }

    @Test
    void jackson_never_serializes_the_value_of_a_secret_inside_a_record() throws Exception {
        Holder holder = new Holder("x", new Secret("signing", 1, CANARY.toCharArray()));

        Throwable strict = catchThrowable(() -> new ObjectMapper().writeValueAsString(holder));
        String lenient = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .writeValueAsString(holder);

        if (strict != null) {
            assertThat(strict.getMessage()).doesNotContain(CANARY);
        }
        assertThat(lenient).doesNotContain(CANARY).contains("\"label\":\"x\"");
    }

    @Test
    void a_secret_input_prints_no_value_and_serializes_none() throws Exception {
        SecretInput input = SecretInput.of(CANARY);

        String json = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .writeValueAsString(input);

        assertThat(input.toString()).isEqualTo("***");
        assertThat(json).doesNotContain(CANARY);
    }
}
