package io.dotportion.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import io.dotportion.core.testing.Poll;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {
    @TempDir
    Path dir;

    private static MongoCollection<Document> items(MongoClient client) {
        return client.getDatabase("app").getCollection("items");
    }

    @Test
    void data_written_before_a_clean_close_is_there_after_reopening() {
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            items(client).insertOne(new Document("_id", "a").append("n", 1));
        }
        assertThat(dir.resolve(EmbeddedMongo.FILE_NAME)).isRegularFile();

        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(items(client).find().first()).isEqualTo(new Document("_id", "a").append("n", 1));
        }
    }

    @Test
    void it_listens_on_loopback_on_a_free_port_and_creates_the_data_directory() {
        Path data = dir.resolve("nested/data");
        try (EmbeddedMongo store = EmbeddedMongo.start(data, 0)) {
            assertThat(store.address().getAddress().isLoopbackAddress()).isTrue();
            assertThat(store.port()).isPositive();
            assertThat(store.connectionString())
                    .startsWith("mongodb://dotportion:")
                    .contains("@127.0.0.1:" + store.port() + "/");
            assertThat(store.displayAddress()).isEqualTo("mongodb://127.0.0.1:" + store.port());
            assertThat(Files.isDirectory(data)).isTrue();
        }
    }

    @Test
    void it_listens_on_the_port_it_is_given() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, port);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(store.port()).isEqualTo(port);
            items(client).insertOne(new Document("_id", 1));
            assertThat(items(client).countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void a_second_store_on_the_same_file_is_refused_while_the_first_runs() {
        try (EmbeddedMongo ignored = EmbeddedMongo.start(dir, 0)) {
            assertThatThrownBy(() -> EmbeddedMongo.start(dir, 0)).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void a_busy_port_is_refused_and_the_file_is_released() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedMongo.start(dir, busy.getLocalPort()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(":" + busy.getLocalPort());
        }
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0)) {
            assertThat(store.port()).isPositive();
        }
    }

    @Test
    void the_compactor_keeps_the_file_of_a_store_written_per_commit_small() throws Exception {
        EmbeddedMongoSettings often = new EmbeddedMongoSettings(Duration.ofMillis(50), 50, 1 << 20);
        String padding = "x".repeat(400);
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0, often);
                MongoClient client = MongoClients.create(store.connectionString())) {
            for (int i = 0; i < 2_000; i++) { // each write appends a chunk: about 16 MB without compaction
                items(client)
                        .replaceOne(
                                Filters.eq("_id", i % 50),
                                new Document("_id", i % 50).append("v", i + padding),
                                new ReplaceOptions().upsert(true));
            }
            Poll.until(
                    Duration.ofSeconds(30), () -> size(store.file()), size -> size < 1 << 20, "the file under 1 MiB");
            assertThat(items(client).countDocuments()).isEqualTo(50);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void closing_twice_is_harmless() {
        EmbeddedMongo store = EmbeddedMongo.start(dir, 0);
        store.close();
        store.close();
    }

    @Test
    void an_impossible_port_is_refused() {
        assertThatThrownBy(() -> EmbeddedMongo.start(dir, 70_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
