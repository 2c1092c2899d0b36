package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.testing.Poll;
import io.dotportion.secrets.key.MasterKeyCheck;
import io.dotportion.secrets.key.MasterKeyException;
import io.dotportion.secrets.key.MasterKeyFiles;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.secret.MongoKeysetStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dotportion master-key rotate} against a shared store while a server keeps serving. */
class MasterKeyRotateCommandTest {
    private static final int PROJECTS = 4;

    @TempDir
    Path dir;

    @Test
    void rotation_under_load_loses_no_request_and_afterwards_the_old_key_opens_nothing() throws Exception {
        Path oldKey = dir.resolve("old.key");
        Path newKey = dir.resolve("new.key");
        new MasterKeyFiles(new SecureRandom()).create(oldKey);
        try (EmbeddedMongo store = EmbeddedMongo.start(dir.resolve("store"), 0);
                MongoClient raw = MongoClients.create(store.connectionString())) {
            PlatformConfig config =
                    PlatformConfig.forTests(dir.resolve("server")).withMongoUrl(store.connectionString());
            List<String> endpoints = new ArrayList<>();
            String projectId;
            try (Platform platform =
                    Platform.start(config.withMasterKey(MasterKeyConfig.none().withKeyFile(oldKey)))) {
                Http http = new Http(platform.port());
                String token = http.newUser("rotator");
                projectId = null;
                for (int i = 0; i < PROJECTS; i++) {
                    String id = http.newProject(token, "p" + i);
                    projectId = projectId == null ? id : projectId;
                    http.call(
                                    "PUT",
                                    "/v1/projects/" + id + "/secrets/jwt",
                                    Map.of("type", "jwt", "generate", true),
                                    token)
                            .expect(201);
                    http.deploySigner(token, id, "/sign", "jwt");
                    endpoints.add("/api/rotator/p" + i + "/sign");
                }
                Load load = Load.start(http, endpoints);
                load.awaitRequests(20);

                StringWriter out = new StringWriter();
                int code = new CommandLine(new Main())
                        .setOut(new PrintWriter(out, true))
                        .setErr(new PrintWriter(out, true))
                        .execute(
                                "master-key",
                                "rotate",
                                "--mongo-url",
                                store.connectionString(),
                                "--master-key-file",
                                oldKey.toString(),
                                "--new-key-file",
                                newKey.toString());
                int atRotation = load.requests();
                load.awaitRequests(atRotation + 20);
                Map<Integer, Integer> statuses = load.stop();

                assertThat(code).as(out.toString()).isZero();
                assertThat(out.toString())
                        .contains("generated a new master key in " + newKey)
                        .contains(PROJECTS + " project key(s) rewrapped")
                        .contains(PROJECTS + " project key(s) on the new master key")
                        .contains("0 project key(s) on the old master key");
                assertThat(statuses).containsOnlyKeys(200);
                assertThat(statuses.get(200)).isGreaterThan(atRotation);
                assertThat(http.call("GET", "/v1/projects/" + projectId + "/audit", null, token)
                                .expect(200)
                                .text())
                        .contains("rotate-master-key");
            }

            MongoKeysetStore keysets = new MongoKeysetStore(raw.getDatabase(PlatformConfig.DEFAULT_DATABASE));
            var files = new MasterKeyFiles(new SecureRandom());
            assertThatThrownBy(() -> new MasterKeyCheck(keysets).verify(files.read(oldKey)))
                    .isInstanceOf(MasterKeyException.class)
                    .hasMessageContaining("does not open the stored project keys");
            assertThatThrownBy(() -> Platform.start(
                            config.withMasterKey(MasterKeyConfig.none().withKeyFile(oldKey))))
                    .isInstanceOf(MasterKeyException.class);
            assertThat(new MasterKeyCheck(keysets).verify(files.read(newKey)).opened())
                    .isEqualTo(PROJECTS);
            try (Platform platform =
                    Platform.start(config.withMasterKey(MasterKeyConfig.none().withKeyFile(newKey)))) {
                for (String endpoint : endpoints) {
                    new Http(platform.port()).call("POST", endpoint, null, null).expect(200);
                }
            }
        }
    }

    @Test
    void rotating_the_embedded_store_while_a_server_holds_it_is_refused_with_what_to_do() {
        Path data = dir.resolve("data");
        try (Platform platform = Platform.start(PlatformConfig.forTests(data))) {
            StringWriter out = new StringWriter();
            int code = new CommandLine(new Main())
                    .setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(out, true))
                    .execute(
                            "master-key",
                            "rotate",
                            "--data",
                            data.toString(),
                            "--new-key-file",
                            dir.resolve("new.key").toString());
            assertThat(code).isNotZero();
            assertThat(out.toString())
                    .contains("a running server probably holds it")
                    .contains("./dotportion store");
            assertThat(dir.resolve("new.key")).doesNotExist();
            assertThat(platform.port()).isPositive();
        }
    }

    /** Threads calling the endpoints in turn until stopped, counting answers by status. */
    private static final class Load {
        private final ExecutorService threads = Executors.newFixedThreadPool(3);
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger requests = new AtomicInteger();
        private final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        private final List<Future<?>> workers = new ArrayList<>();

        static Load start(Http http, List<String> endpoints) {
            Load load = new Load();
            for (int t = 0; t < 3; t++) {
                int offset = t;
                load.workers.add(load.threads.submit(() -> {
                    for (int i = offset; load.running.get(); i++) {
                        int status = http.call("POST", endpoints.get(i % endpoints.size()), null, null)
                                .status();
                        load.statuses.merge(status, 1, Integer::sum);
                        load.requests.incrementAndGet();
                    }
                }));
            }
            return load;
        }

        int requests() {
            return requests.get();
        }

        void awaitRequests(int n) {
            Poll.until(
                    java.time.Duration.ofSeconds(60), requests::get, count -> count >= n, n + " requests of the load");
        }

        Map<Integer, Integer> stop() throws Exception {
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(30, TimeUnit.SECONDS);
            }
            threads.shutdown();
            return Map.copyOf(statuses);
        }
    }
}
