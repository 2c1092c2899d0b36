package io.dotportion.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.limit.Limits;
import io.dotportion.server.auth.PasswordHasher;
import io.dotportion.server.gateway.GatewaySettings;
import io.dotportion.store.log.ExecutionLogSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** PlatformConfig is built once from a builder; its withers are that builder changing one part. */
class PlatformConfigBuilderTest {
    private static final Path DATA = Path.of("/tmp/dotportion-builder-test");

    @Test
    void a_configuration_round_trips_through_its_builder() {
        PlatformConfig config = PlatformConfig.builder(DATA)
                .host("127.0.0.1")
                .port(9000)
                .mongoUrl("mongodb://db:27017")
                .database("other")
                .limits(Limits.defaults().withLoopMaxIterations(7))
                .sessionTtl(Duration.ofHours(3))
                .apiMaxBodyBytes(4096)
                .shutdownGrace(Duration.ofSeconds(1))
                .gateway(GatewaySettings.defaults().withTrustedProxies(2))
                .executionLog(ExecutionLogSettings.defaults().withCapacity(50))
                .tracesPerSecond(3)
                .build();

        assertThat(config.toBuilder().build()).isEqualTo(config);
        assertThat(config.limits().loopMaxIterations()).isEqualTo(7);
        assertThat(config.gateway().trustedProxies()).isEqualTo(2);
        assertThat(config.executionLog().capacity()).isEqualTo(50);
        assertThat(config.tracesPerSecond()).isEqualTo(3);
    }

    @Test
    void a_wither_changes_only_its_part() {
        PlatformConfig base = PlatformConfig.forTests(DATA);

        PlatformConfig changed = base.withPort(1234);

        assertThat(changed.port()).isEqualTo(1234);
        assertThat(changed.toBuilder().port(base.port()).build()).isEqualTo(base);
    }

    @Test
    void the_defaults_are_what_serve_starts_from() {
        PlatformConfig defaults = PlatformConfig.defaults(DATA);

        assertThat(defaults.host()).isEqualTo(PlatformConfig.DEFAULT_HOST);
        assertThat(defaults.port()).isEqualTo(PlatformConfig.DEFAULT_PORT);
        assertThat(defaults.mongoUrl()).isNull();
        assertThat(defaults.passwordCost()).isEqualTo(PasswordHasher.Cost.standard());
        assertThat(defaults.executionLog()).isEqualTo(ExecutionLogSettings.defaults());
        assertThat(PlatformConfig.forTests(DATA).passwordCost()).isEqualTo(PasswordHasher.Cost.light());
    }

    @Test
    void the_record_still_checks_what_is_built() {
        assertThatThrownBy(() -> PlatformConfig.builder(DATA).port(70_000).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port");
        assertThatThrownBy(() -> PlatformConfig.builder(null).build()).isInstanceOf(IllegalArgumentException.class);
        assertThat(PlatformConfig.builder(DATA).mongoUrl("  ").build().mongoUrl())
                .isNull();
    }
}
