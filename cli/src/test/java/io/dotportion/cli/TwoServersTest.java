package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one standalone store: this JVM runs one platform, a child JVM runs
 * {@code dotportion serve} with DOTPORTION_MONGO_URL and the same DOTPORTION_MASTER_KEY. A secret replaced
 * through either is used by the other within one second.
 */
class TwoServersTest {
    private static final String KEY_1 = "two-servers-key-one-0123456789abcdef0123456789";
    private static final String KEY_2 = "two-servers-key-two-0123456789abcdef0123456789";
    private static final String KEY_3 = "two-servers-key-three-0123456789abcdef01234567";

    @TempDir
    static Path dir;
    static EmbeddedMongo store;
    static Platform local;
    static Process child;
    static Path childLog;
    static Http here;
    static Http there;
    static String token;
    static String projectId;
    static String signPath;

    @BeforeAll
    static void start() throws IOException {
        String masterKey = Base64.getEncoder().encodeToString(SecureRandom.getSeed(32));
        store = EmbeddedMongo.start(dir.resolve("store"), 0);
        local = Platform.start(PlatformConfig.forTests(dir.resolve("local")).withMongoUrl(store.connectionString())
                .withMasterKey(MasterKeyConfig.none().withEnvironmentValue(masterKey)));
        here = new Http(local.port());
        token = here.newUser("twin");
        projectId = here.newProject(token, "twins");
        here.call("PUT", "/v1/projects/" + projectId + "/secrets/jwt", Map.of("type", "jwt", "value", KEY_1), token)
                .expect(201);
        here.deploySigner(token, projectId, "/sign", "jwt");
        signPath = "/api/twin/twins/sign";

        int port = freePort();
        childLog = dir.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dpolyglot.engine.WarnInterpreterOnly=false",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--host", "127.0.0.1", "--port", String.valueOf(port), "--data", dir.resolve("child").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(childLog.toFile());
        builder.environment().put("DOTPORTION_MONGO_URL", store.connectionString());
        builder.environment().put("DOTPORTION_MASTER_KEY", masterKey);
        child = builder.start();
        there = new Http(port);
        Poll.until(Duration.ofSeconds(90), () -> health(there), ok -> ok || !child.isAlive(),
                "the child server to be healthy or to stop");
        assertThat(child.isAlive()).as("the child server runs; its log:\n%s", childOutput()).isTrue();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (child != null) {
            child.destroy();
            child.waitFor();
        }
        local.close();
        store.close();
    }

    @Test
    void a_replace_through_one_server_is_used_by_the_other_within_one_second() {
        assertThat(signedWith(there, KEY_1)).isTrue();

        here.call("PUT", "/v1/projects/" + projectId + "/secrets/jwt", Map.of("type", "jwt", "value", KEY_2), token)
                .expect(200);
        Poll.until(Duration.ofSeconds(1), () -> signedWith(there, KEY_2), used -> used,
                "the other instance to sign with the new key");

        there.call("PUT", "/v1/projects/" + projectId + "/secrets/jwt", Map.of("type", "jwt", "value", KEY_3), token)
                .expect(200);
        Poll.until(Duration.ofSeconds(1), () -> signedWith(here, KEY_3), used -> used,
                "the other instance to sign with the new key");
        assertThat(Tokens.header(sign(here))).contains("\"kid\":\"3\"");
    }

    private static boolean signedWith(Http server, String key) {
        return Tokens.signedWith(sign(server), key);
    }

    private static String sign(Http server) {
        return server.call("POST", signPath, null, null).expect(200).map().get("token").toString();
    }

    private static boolean health(Http server) {
        try {
            return server.call("GET", "/health", null, null).status() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String childOutput() {
        try {
            return Files.readString(childLog, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
