package io.dotportion.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.dotportion.core.testing.Poll;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoDurabilityTest {
    /** Compaction runs often so that it also happens while the writes below are going on. */
    private static final long COMPACT_MS = 20;

    @TempDir
    Path dir;

    @Test
    void acknowledged_inserts_updates_and_deletes_survive_kill_9() throws Exception {
        Path data = dir.resolve("data");
        Map<Integer, Integer> expected = new HashMap<>();
        try (StoreProcess store = StoreProcess.start(data, dir.resolve("store.log"), COMPACT_MS);
                MongoClient client = client(store.connectionString())) {
            MongoCollection<Document> items = items(client);
            for (int i = 0; i < 300; i++) {
                items.insertOne(new Document("_id", i).append("value", i));
                expected.put(i, i);
            }
            for (int i = 0; i < 300; i += 2) {
                items.updateOne(Filters.eq("_id", i), Updates.set("value", -i));
                expected.put(i, -i);
            }
            for (int i = 1; i < 300; i += 10) {
                items.deleteOne(Filters.eq("_id", i));
                expected.remove(i);
            }
            store.kill();
        }
        try (StoreProcess store = StoreProcess.start(data, dir.resolve("store.log"), COMPACT_MS);
                MongoClient client = client(store.connectionString())) {
            assertThat(readAll(items(client))).isEqualTo(expected);
        }
    }

    @Test
    void writes_acknowledged_by_concurrent_clients_survive_a_kill_in_the_middle_of_writing() throws Exception {
        Path data = dir.resolve("data");
        AtomicInteger acknowledgedWrites = new AtomicInteger();
        List<ClientWriter> clients = new ArrayList<>();
        try (StoreProcess store = StoreProcess.start(data, dir.resolve("store.log"), COMPACT_MS);
                MongoClient client = client(store.connectionString())) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                ClientWriter writer = new ClientWriter(items(client), c * 1_000_000, acknowledgedWrites);
                clients.add(writer);
                running.add(threads.submit(writer));
            }
            awaitAtLeast(acknowledgedWrites, 800);
            store.kill();
            for (Future<?> writer : running) {
                writer.get(60, TimeUnit.SECONDS); // also makes each writer's records visible here
            }
            threads.shutdown();
        }
        try (StoreProcess store = StoreProcess.start(data, dir.resolve("store.log"), COMPACT_MS);
                MongoClient client = client(store.connectionString())) {
            Map<Integer, Integer> found = readAll(items(client));
            // the one write a client had sent when the store died may or may not have been committed
            for (ClientWriter writer : clients) {
                assertThat(writer.idsIn(found))
                        .as("documents of the client writing from id %d", writer.firstId)
                        .isIn(writer.acknowledged(), writer.acknowledgedAndInFlight());
            }
            assertThat(clients.stream().mapToInt(w -> w.idsIn(found).size()).sum())
                    .isEqualTo(found.size());
        }
    }

    @Test
    void a_clean_stop_keeps_everything_and_the_store_reopens() throws Exception {
        Path data = dir.resolve("data");
        try (StoreProcess store = StoreProcess.start(data, dir.resolve("store.log"), COMPACT_MS);
                MongoClient client = client(store.connectionString())) {
            items(client).insertOne(new Document("_id", 1).append("value", 7));
        }
        try (StoreProcess store = StoreProcess.start(data, dir.resolve("store.log"), COMPACT_MS);
                MongoClient client = client(store.connectionString())) {
            assertThat(readAll(items(client))).containsExactly(Map.entry(1, 7));
        }
    }

    private static void awaitAtLeast(AtomicInteger acknowledgedWrites, int count) {
        Poll.until(Duration.ofSeconds(60), acknowledgedWrites::get, n -> n >= count, count + " acknowledged writes");
    }

    private static Map<Integer, Integer> readAll(MongoCollection<Document> items) {
        Map<Integer, Integer> found = new HashMap<>();
        List<Document> docs = items.find().into(new ArrayList<>());
        docs.forEach(d -> found.put(d.getInteger("_id"), d.getInteger("value")));
        return found;
    }

    private static MongoCollection<Document> items(MongoClient client) {
        return client.getDatabase("durability").getCollection("items");
    }

    private static MongoClient client(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToClusterSettings(c -> c.serverSelectionTimeout(10, TimeUnit.SECONDS))
                .applyToSocketSettings(
                        s -> s.connectTimeout(10, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS))
                .build());
    }
}
