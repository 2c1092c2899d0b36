package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.mask.RequestMasking;
import io.dotportion.core.model.MaskingSetting;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.Redactor;
import io.dotportion.secrets.redact.ExecutionRedactor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutionSecretsTest {
    private static final RequestData REQUEST = new RequestData(
            "POST",
            "/login",
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of("authorization", "Bearer header-token-value"),
            Map.of("password", "body-password-1"),
            "127.0.0.1");

    @Test
    void the_masking_is_not_asked_for_until_a_trace_is_redacted_and_then_once() {
        AtomicInteger asked = new AtomicInteger();
        ExecutionSecrets run = new ExecutionSecrets(null, new ExecutionRedactor(), REQUEST, () -> {
            asked.incrementAndGet();
            return RequestMasking.DEFAULT;
        });

        Redactor traces = run.traces();
        assertThat(asked).hasValue(0);

        String text = "{\"p\":\"body-password-1\",\"h\":\"header-token-value\"}";
        assertThat(traces.redact(text)).isEqualTo("{\"p\":\"[masked:name]\",\"h\":\"[redacted:authorization]\"}");
        traces.redact(text);
        assertThat(asked).hasValue(1);
    }

    @Test
    void a_workflow_that_turns_names_off_keeps_the_credential_headers_masked() {
        RequestMasking open = new RequestMasking(new MaskingSetting(false, List.of(), List.of()), List.of());
        ExecutionSecrets run = new ExecutionSecrets(null, new ExecutionRedactor(), REQUEST, () -> open);

        assertThat(run.traces().redact("{\"p\":\"body-password-1\",\"h\":\"header-token-value\"}"))
                .isEqualTo("{\"p\":\"body-password-1\",\"h\":\"[redacted:authorization]\"}");
    }
}
