package io.dotportion.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.script.SandboxUsage;
import io.dotportion.server.support.ApiClient;
import io.helidon.webserver.WebServer;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HealthServiceTest {

    @Test
    void a_stuck_script_pool_is_not_ready_while_liveness_stays_200() {
        AtomicReference<SandboxUsage> usage = new AtomicReference<>(new SandboxUsage(4, 0, 4, 0, 4));
        HealthService health = new HealthService(usage::get);
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .shutdownHook(false)
                .routing(r -> r.get("/health", health::ready).get("/health/live", health::live))
                .build()
                .start();
        try {
            ApiClient api = new ApiClient(server.port());
            assertThat(api.get("/health", null).status()).isEqualTo(200);

            usage.set(new SandboxUsage(4, 4, 0, 3, 4));
            assertThat(api.get("/health", null).status()).isEqualTo(200);

            usage.set(new SandboxUsage(4, 4, 0, 4, 4));
            assertThat(api.get("/health", null).status()).isEqualTo(503);
            assertThat(api.get("/health", null).map()).containsEntry("status", "unavailable");
            assertThat(api.get("/health/live", null).status()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    @Test
    void readiness_reports_the_version_and_commit_of_the_build_whether_ready_or_not() {
        AtomicReference<SandboxUsage> usage = new AtomicReference<>(new SandboxUsage(4, 0, 4, 0, 4));
        HealthService health = new HealthService(usage::get, () -> 0, new BuildInfo("1.2.3", "0123abcd4567"));
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .shutdownHook(false)
                .routing(r -> r.get("/health", health::ready))
                .build()
                .start();
        try {
            ApiClient api = new ApiClient(server.port());
            assertThat(api.get("/health", null).expect(200).map())
                    .containsEntry("status", "ok")
                    .containsEntry("version", "1.2.3")
                    .containsEntry("commit", "0123abcd4567");

            usage.set(new SandboxUsage(4, 4, 0, 4, 4));
            assertThat(api.get("/health", null).expect(503).map())
                    .containsEntry("version", "1.2.3")
                    .containsEntry("commit", "0123abcd4567");
        } finally {
            server.stop();
        }
    }
}
