package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.metrics.MetricsSettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.PrometheusSamples;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.SignedUpUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@PlatformTest
class ManagementPortTest {
    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
            c -> c.withMetrics(MetricsSettings.defaults().withManagementPort(0)));

    private final ApiClient api;
    private final ApiClient management;
    private final int port;
    private final int publicPort;

    ManagementPortTest(ApiClient api, RunningPlatform platform) {
        this.api = api;
        this.publicPort = platform.port();
        this.port = platform.platform().managementPort().orElseThrow();
        this.management = new ApiClient(port);
    }

    @Test
    void metrics_move_to_the_management_port_and_leave_the_public_one() {
        assertThat(port).isNotEqualTo(publicPort);
        api.get("/metrics", null).expect(404);

        ApiResponse r = management.get("/metrics", null).expect(200);
        assertThat(ApiClient.header(r, "Content-Type")).startsWith("text/plain; version=0.0.4");
        assertThat(PrometheusSamples.parse(r.text()).sum("jvm_memory_used_bytes", Map.of()))
                .isPositive();
    }

    @Test
    void the_management_port_serves_nothing_else(SignedUpUser user) {
        management.get("/health", null).expect(404);
        management.get("/v1/projects", user.token()).expect(404);
        management.get("/api/" + user.username() + "/anything", null).expect(404);
    }

    @Test
    void the_public_port_requests_are_counted_on_the_management_port() {
        api.get("/health", null).expect(200);

        PrometheusSamples parsed = PrometheusSamples.parse(
                management.get("/metrics", null).expect(200).text());
        assertThat(parsed.sum("http_server_requests_seconds_count", Map.of("route", "/health")))
                .isPositive();
    }
}
