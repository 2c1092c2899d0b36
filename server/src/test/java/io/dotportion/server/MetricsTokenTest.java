package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.metrics.MetricsSettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.PrometheusSamples;
import io.dotportion.server.support.RunningPlatform;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@PlatformTest
class MetricsTokenTest {
    static final String TOKEN = "scrape-3f9c1d7e-token";

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
            c -> c.withMetrics(MetricsSettings.defaults().withToken(TOKEN)));

    private final ApiClient api;
    private final RunningPlatform platform;

    MetricsTokenTest(ApiClient api, RunningPlatform platform) {
        this.api = api;
        this.platform = platform;
    }

    @Test
    void metrics_without_the_token_answer_401_with_a_bearer_challenge() {
        ApiResponse r = api.get("/metrics", null).expect(401);

        assertThat(r.map()).containsEntry("error", "UNAUTHORIZED");
        assertThat(ApiClient.header(r, "WWW-Authenticate")).startsWith("Bearer");
        assertThat(r.text()).doesNotContain("jvm_").doesNotContain(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"scrape-3f9c1d7e-tokem", "scrape-3f9c1d7e-token-and-more", "scrape", "x", " "})
    void metrics_with_another_token_answer_401(String wrong) {
        api.get("/metrics", wrong).expect(401);
    }

    @Test
    void the_token_must_come_as_a_bearer_credential() throws Exception {
        assertThat(send("Basic " + TOKEN)).isEqualTo(401);
        assertThat(send(TOKEN)).isEqualTo(401);
        assertThat(send("bearer " + TOKEN)).isEqualTo(200);
    }

    @Test
    void metrics_with_the_token_answer_the_prometheus_text() {
        ApiResponse r = api.get("/metrics", TOKEN).expect(200);

        PrometheusSamples parsed = PrometheusSamples.parse(r.text());
        assertThat(parsed.sum("jvm_memory_used_bytes", Map.of())).isPositive();
        assertThat(r.text()).doesNotContain(TOKEN);
    }

    @Test
    void refused_scrapes_are_counted_as_401s() {
        api.get("/metrics", null).expect(401);

        PrometheusSamples parsed =
                PrometheusSamples.parse(api.get("/metrics", TOKEN).expect(200).text());
        assertThat(parsed.sum("http_server_requests_seconds_count", Map.of("route", "/metrics", "status", "401")))
                .isPositive();
    }

    private int send(String authorization) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(platform.url("/metrics")))
                    .header("Authorization", authorization)
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
