package io.dotportion.secrets.key;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.testing.Poll;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.Vaults;
import io.dotportion.secrets.vault.SecretInput;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.store.secret.MongoAuditStore;
import io.dotportion.store.secret.MongoKeysetStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RotationUnderLoadTest {

    @Test
    void resolves_running_during_a_rotation_all_succeed() throws Exception {
        MasterKey oldKey = Vaults.randomKey();
        MasterKey newKey = Vaults.randomKey();
        try (EmbeddedMongo mongo = EmbeddedMongo.inMemory()) {
            MongoDatabase database = mongo.newDatabase();
            List<String> projects = List.of("p1", "p2", "p3", "p4", "p5");
            try (SecretVault serverOnOldKey = Vaults.vault(database, oldKey);
                    SecretVault serverRollingOver = Vaults.vault(
                            mongo.newDatabase(), new MasterKeys(oldKey, Optional.of(newKey)), Clock.systemUTC())) {
                for (String project : projects) {
                    serverOnOldKey.put(
                            project,
                            "signing",
                            "jwt",
                            SecretInput.of(MasterKeyRotationTest.valueOf(project)),
                            null,
                            "a");
                }
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicLong successes = new AtomicLong();
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                List<Thread> threads = new ArrayList<>();
                for (SecretVault server : List.of(serverOnOldKey, serverRollingOver)) {
                    for (int t = 0; t < 2; t++) {
                        threads.add(Thread.ofPlatform()
                                .start(() -> resolveLoop(server, projects, running, successes, failures)));
                    }
                }
                MasterKeys both = new MasterKeys(newKey, Optional.of(oldKey));
                MongoKeysetStore coldKeysets = new MongoKeysetStore(mongo.newDatabase());
                threads.add(Thread.ofPlatform()
                        .start(() -> coldOpenLoop(coldKeysets, both, projects, running, successes, failures)));
                Poll.until(
                        Duration.ofSeconds(10),
                        successes::get,
                        n -> n > 100,
                        "100 successful calls before the rotation");

                RotationReport report = new MasterKeyRotation(
                                new MongoKeysetStore(database), new MongoAuditStore(database), Clock.systemUTC())
                        .rotate(oldKey, newKey, "cli");
                long afterRotation = successes.get();
                Poll.until(
                        Duration.ofSeconds(10),
                        successes::get,
                        n -> n > afterRotation + 100,
                        "100 successful calls after the rotation");
                running.set(false);
                for (Thread thread : threads) {
                    thread.join();
                }

                assertThat(failures).isEmpty();
                assertThat(report).isEqualTo(new RotationReport(5, 5, 0, 0));
                try (SecretVault restarted = Vaults.vault(mongo.newDatabase(), newKey)) {
                    for (String project : projects) {
                        assertThat(restarted.resolver(project).resolve("signing", "jwt"))
                                .isPresent();
                    }
                }
            }
        }
    }

    /** A server starting during the rotation, holding the new key and the previous one, opens keysets lazily. */
    private static void coldOpenLoop(
            MongoKeysetStore keysets,
            MasterKeys keys,
            List<String> projects,
            AtomicBoolean running,
            AtomicLong successes,
            ConcurrentLinkedQueue<String> failures) {
        while (running.get()) {
            ProjectKeys cold = new ProjectKeys(keysets, keys, Clock.systemUTC());
            for (String project : projects) {
                try {
                    if (cold.existing(project).isPresent()) {
                        successes.incrementAndGet();
                    } else {
                        failures.add(project + ": no keyset");
                    }
                } catch (RuntimeException e) {
                    failures.add(project + ": " + e);
                }
            }
        }
    }

    private static void resolveLoop(
            SecretVault server,
            List<String> projects,
            AtomicBoolean running,
            AtomicLong successes,
            ConcurrentLinkedQueue<String> failures) {
        while (running.get()) {
            for (String project : projects) {
                try {
                    SecretResolver resolver = server.resolver(project);
                    String value =
                            resolver.resolve("signing", "jwt").orElseThrow().reveal();
                    if (value.equals(MasterKeyRotationTest.valueOf(project))) {
                        successes.incrementAndGet();
                    } else {
                        failures.add(project + ": wrong value");
                    }
                } catch (RuntimeException e) {
                    failures.add(project + ": " + e);
                }
            }
        }
    }
}
