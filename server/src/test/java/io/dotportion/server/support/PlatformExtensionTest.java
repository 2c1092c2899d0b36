package io.dotportion.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kit itself: what a test class gets, for how long, and with which settings (fixtures run by {@link Run}). */
class PlatformExtensionTest {
    private static final Instant START = Instant.parse("2026-02-03T04:05:06Z");

    @Test
    void one_platform_serves_the_whole_class_and_is_gone_after_it() {
        Run run = Run.of(Shared.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.values("port"))
                .hasSize(2)
                .containsOnly(run.values("port").getFirst());
        assertThat(listening(Integer.parseInt(run.values("port").getFirst()))).isFalse();
        assertThat(Files.exists(Path.of(run.values("dataDir").getFirst()))).isFalse();
    }

    @Test
    void per_method_every_test_gets_its_own_platform() {
        Run run = Run.of(PerMethod.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.values("port")).hasSize(2).doesNotHaveDuplicates();
        run.values("port")
                .forEach(port -> assertThat(listening(Integer.parseInt(port))).isFalse());
    }

    @Test
    void a_registered_extension_brings_its_settings_and_the_default_steps_back() {
        Run run = Run.of(Configured.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.values("instant"))
                .containsExactly(START.toString(), START.plusSeconds(60).toString());
    }

    @Test
    void a_per_method_platform_asked_for_in_the_constructor_fails_with_a_clear_message() {
        Run run = Run.of(PerMethodConstructor.class);

        assertThat(run.failures())
                .singleElement()
                .asString()
                .contains("a parameter of a test method or of @BeforeEach");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @PlatformTest
    static class Shared {
        private final ApiClient api;

        Shared(ApiClient api) {
            this.api = api;
        }

        @Test
        void sees_the_platform(RunningPlatform platform, URI base, TestReporter out) {
            assertThat(api.get("/health", null).status()).isEqualTo(200);
            assertThat(base.getPort()).isEqualTo(platform.port());
            out.publishEntry(Map.of(
                    "port",
                    String.valueOf(platform.port()),
                    "dataDir",
                    platform.dataDir().toString()));
        }

        @Test
        void signs_up_a_new_user_for_each_parameter(
                SignedUpUser one, SignedUpUser two, RunningPlatform platform, TestReporter out) {
            assertThat(one.username()).isNotEqualTo(two.username());
            assertThat(one.get("/v1/auth/me").expect(200).map()).containsEntry("username", one.username());
            out.publishEntry("port", String.valueOf(platform.port()));
        }
    }

    @PlatformTest(perMethod = true)
    static class PerMethod {
        @Test
        void first(RunningPlatform platform, TestReporter out) {
            out.publishEntry("port", String.valueOf(platform.port()));
        }

        @Test
        void second(RunningPlatform platform, TestReporter out) {
            out.publishEntry("port", String.valueOf(platform.port()));
        }
    }

    @PlatformTest
    static class Configured {
        @RegisterExtension
        static final PlatformExtension PLATFORM = PlatformExtension.configured(
                        config -> config.withSessionTtl(Duration.ofMinutes(1)))
                .clockAt(START);

        @Test
        void runs_on_a_clock_that_stands_until_moved(TestClock clock, SignedUpUser user, TestReporter out) {
            out.publishEntry("instant", clock.instant().toString());
            clock.advance(Duration.ofSeconds(60));
            out.publishEntry("instant", clock.instant().toString());
            user.get("/v1/auth/me").expect(401);
        }
    }

    @PlatformTest(perMethod = true)
    static class PerMethodConstructor {
        PerMethodConstructor(ApiClient api) {}

        @Test
        void never_runs() {}
    }

    private record Run(List<Map<String, String>> entries, List<Throwable> failures) {
        static Run of(Class<?> fixture) {
            return FixtureRunner.run(fixture, Run::new);
        }

        List<String> values(String key) {
            return entries.stream()
                    .filter(e -> e.containsKey(key))
                    .map(e -> e.get(key))
                    .toList();
        }
    }
}
