package io.dotportion.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.testing.TestClock;
import io.dotportion.secrets.key.MasterKeys;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.Vaults;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraceWindowTest {
    private static final String OLD = "old-jwt-key-that-is-definitely-32-bytes-long-1";
    private static final String NEW = "new-jwt-key-that-is-definitely-32-bytes-long-2";

    private final TestClock clock = TestClock.at(Instant.parse("2026-01-01T00:00:00Z"));
    private EmbeddedMongo mongo;
    private SecretVault vault;

    @BeforeEach
    void start() {
        mongo = EmbeddedMongo.inMemory();
        vault = Vaults.vault(mongo.newDatabase(), MasterKeys.of(Vaults.randomKey()), clock);
    }

    @AfterEach
    void stop() {
        vault.close();
        mongo.close();
    }

    @Test
    void the_previous_version_resolves_inside_the_grace_window_only() {
        vault.put("p1", "signing", "jwt", SecretInput.of(OLD), 60, "alice");
        vault.put("p1", "signing", "jwt", SecretInput.of(NEW), null, "alice");
        SecretResolver resolver = vault.resolver("p1");

        clock.advance(Duration.ofSeconds(59));
        assertThat(resolver.resolveVersion("signing", "jwt", 1).orElseThrow().reveal())
                .isEqualTo(OLD);
        assertThat(resolver.resolveVersion("signing", "jwt", 2).orElseThrow().reveal())
                .isEqualTo(NEW);

        clock.advance(Duration.ofSeconds(1));
        assertThat(resolver.resolveVersion("signing", "jwt", 1)).isEmpty();
        assertThat(resolver.resolveVersion("signing", "jwt", 2).orElseThrow().reveal())
                .isEqualTo(NEW);
        assertThat(resolver.resolve("signing", "jwt").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void with_grace_zero_the_previous_version_never_resolves() {
        vault.put("p1", "signing", "jwt", SecretInput.of(OLD), null, "alice");
        vault.put("p1", "signing", "jwt", SecretInput.of(NEW), null, "alice");

        assertThat(vault.resolver("p1").resolveVersion("signing", "jwt", 1)).isEmpty();
        assertThat(vault.resolver("p1").resolveVersion("signing", "jwt", 2)).isPresent();
    }

    @Test
    void only_the_version_just_replaced_is_kept_for_the_window() {
        vault.put("p1", "signing", "jwt", SecretInput.of(OLD), 60, "alice");
        vault.put("p1", "signing", "jwt", SecretInput.of(NEW), null, "alice");
        vault.put("p1", "signing", "jwt", SecretInput.of(NEW + "3"), null, "alice");

        assertThat(vault.resolver("p1").resolveVersion("signing", "jwt", 1)).isEmpty();
        assertThat(vault.resolver("p1")
                        .resolveVersion("signing", "jwt", 2)
                        .orElseThrow()
                        .reveal())
                .isEqualTo(NEW);
        assertThat(vault.resolver("p1").resolveVersion("signing", "jwt", 9)).isEmpty();
    }
}
