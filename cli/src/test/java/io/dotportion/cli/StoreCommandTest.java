package io.dotportion.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.testing.Poll;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dotportion store}: the shared store on loopback, saying that it has no authentication. */
class StoreCommandTest {
    @TempDir
    Path dir;

    @Test
    void the_shared_store_listens_on_loopback_and_says_only_the_instances_may_reach_it() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("store.log");
        Process process = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "store",
                        "--port",
                        String.valueOf(port),
                        "--data",
                        dir.resolve("data").toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            String output = Poll.until(
                    Duration.ofSeconds(60),
                    () -> read(log),
                    text -> text.contains("no authentication") || !process.isAlive(),
                    "the store to report its address or to stop");

            assertThat(output)
                    .contains("DOTPORTION_MONGO_URL=mongodb://127.0.0.1:" + port)
                    .contains("only the DotPortion instances may reach 127.0.0.1:" + port)
                    .contains("loopback");
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + port)) {
                client.getDatabase("dotportion").getCollection("probe").insertOne(new Document("n", 1));
                assertThat(client.getDatabase("dotportion")
                                .getCollection("probe")
                                .countDocuments())
                        .isEqualTo(1);
            }
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
