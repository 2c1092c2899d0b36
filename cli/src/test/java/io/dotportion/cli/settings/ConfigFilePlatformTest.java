package io.dotportion.cli.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.parameters.ParametersNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.PlatformConfig;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real platform whose settings come from a config file (test resource config/platform.yaml) laid over the
 * test kit's defaults: its execution-log sampling and endpoint body limit are the ones the server uses.
 */
@PlatformTest
class ConfigFilePlatformTest {

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(ConfigFilePlatformTest::fromFile)
            .clockAt(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(100)); // one second for every run

    static PlatformConfig fromFile(PlatformConfig base) {
        try {
            Path file = Path.of(ConfigFilePlatformTest.class
                    .getResource("/config/platform.yaml")
                    .toURI());
            return SettingsResolver.serve()
                    .resolve(Map.of("--config", file.toString()), Map.of())
                    .applyTo(base);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_files_traces_per_second_and_body_limit_are_in_force(RunningPlatform platform) {
        ApiClient api = platform.api();
        String token = api.newUser("configured");
        String projectId = api.newProject(token, "configured");
        String id = api.newWorkflow(
                token,
                projectId,
                Workflows.single(
                        "Echo", "POST", "/echo", ParametersNode.ID, (Map<String, Object>) Json.parse("""
                                {"sources": [{"from": "body", "parameters": {"n": {"type": "number"}}}]}
                                """), 200));
        api.deploy(token, id);
        String url = "/api/" + api.username(token) + "/configured/echo";

        for (int i = 0; i < 4; i++) {
            api.post(url, Map.of("n", i), null).expect(200);
        }
        assertThat(api.post(url, Map.of("big", "x".repeat(5000)), null).status())
                .as("limits.max-body-bytes from the file")
                .isEqualTo(413);

        List<Object> runs = Poll.until(
                Duration.ofSeconds(15),
                () -> api.get("/v1/projects/" + projectId + "/executions?limit=50", token)
                        .expect(200)
                        .list(),
                l -> runsIn(l, null) >= 4,
                "four runs in the execution log");
        assertThat(runsIn(runs, "full"))
                .as("execution-log.traces-per-second from the file")
                .isEqualTo(2);
        assertThat(runsIn(runs, "aggregate")).as("the others counted together").isEqualTo(2);
    }

    /** How many runs the records stand for (an aggregate stands for its count), of one kind or all. */
    @SuppressWarnings("unchecked")
    private static long runsIn(List<Object> records, String kept) {
        return records.stream()
                .map(r -> (Map<String, Object>) r)
                .filter(r -> kept == null || kept.equals(r.get("kept")))
                .mapToLong(r -> ((Number) r.get("runs")).longValue())
                .sum();
    }
}
