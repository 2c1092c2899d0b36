package io.dotportion.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The private store admits only its own credential; the shared one everyone; no failure logs a payload. */
class EmbeddedStoreAccessTest {
    @TempDir
    Path dir;

    private static MongoClient client(String url) {
        return MongoClients.create(url + (url.contains("?") ? "&" : "/?") + "serverSelectionTimeoutMS=2000");
    }

    @Test
    void the_private_store_serves_a_client_with_its_credential() {
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0);
                MongoClient client = client(store.connectionString())) {
            client.getDatabase("app").getCollection("items").insertOne(new Document("n", 1));
            assertThat(client.getDatabase("app").getCollection("items").countDocuments())
                    .isEqualTo(1);
        }
    }

    @Test
    void a_client_without_the_credential_can_neither_read_nor_write_nor_list() {
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0);
                MongoClient owner = client(store.connectionString());
                MongoClient stranger = client(store.displayAddress())) {
            owner.getDatabase("dotportion").getCollection("users").insertOne(new Document("email", "a@b.c"));

            assertThatThrownBy(() -> stranger.getDatabase("dotportion")
                            .getCollection("users")
                            .find()
                            .first())
                    .isInstanceOfSatisfying(
                            MongoCommandException.class,
                            e -> assertThat(e.getErrorCode()).isEqualTo(13));
            assertThatThrownBy(() -> stranger.getDatabase("dotportion")
                            .getCollection("tokens")
                            .insertOne(new Document("hash", "x")))
                    .isInstanceOf(MongoException.class);
            assertThatThrownBy(() -> stranger.listDatabaseNames().first()).isInstanceOf(MongoException.class);
            assertThat(owner.getDatabase("dotportion").getCollection("tokens").countDocuments())
                    .isZero();
        }
    }

    @Test
    void a_client_with_a_wrong_password_is_refused() {
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0)) {
            String wrong = store.displayAddress().replace("mongodb://", "mongodb://dotportion:guess@")
                    + "/?authMechanism=PLAIN&authSource=%24external";
            try (MongoClient client = client(wrong)) {
                assertThatThrownBy(() -> client.getDatabase("dotportion")
                                .getCollection("users")
                                .find()
                                .first())
                        .isInstanceOfAny(MongoSecurityException.class, MongoTimeoutException.class);
            }
        }
    }

    @Test
    void each_start_makes_a_new_credential() {
        String first;
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0)) {
            first = store.connectionString();
        }
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0)) {
            assertThat(store.connectionString().replaceAll(":\\d+/", "/"))
                    .isNotEqualTo(first.replaceAll(":\\d+/", "/"));
        }
    }

    @Test
    void the_shared_store_admits_plain_clients_on_loopback() {
        try (EmbeddedMongo store = EmbeddedMongo.startShared(dir, EmbeddedMongo.LOOPBACK, 0);
                MongoClient client = client(store.connectionString())) {
            assertThat(store.connectionString()).isEqualTo("mongodb://127.0.0.1:" + store.port());
            assertThat(store.address().getAddress().isLoopbackAddress()).isTrue();
            client.getDatabase("app").getCollection("items").insertOne(new Document("n", 1));
        }
    }

    @Test
    void a_failing_command_logs_no_payload_above_debug() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        root.addAppender(events);
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        List<ILoggingEvent> whileServing;
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0);
                MongoClient client = client(store.connectionString())) {
            var items = client.getDatabase("app").getCollection("items");
            items.insertOne(new Document("name", "x").append("a", 1));
            assertThatThrownBy(() -> items.find(new Document("name", new Document("$nope", "CANARY-PAYLOAD-51")))
                            .first())
                    .isInstanceOf(MongoCommandException.class);
            assertThatThrownBy(() -> items.updateOne(
                            new Document("a", 1), new Document("$frobnicate", new Document("b", "CANARY-PAYLOAD-51"))))
                    .isInstanceOf(MongoException.class);
            // what the failing commands logged; closing the store afterwards may warn about open clients
            whileServing = List.copyOf(events.list);
        } finally {
            root.detachAppender(events);
            root.setLevel(before);
        }
        assertThat(events.list)
                .noneSatisfy(e -> assertThat(e.getFormattedMessage()
                                + (e.getThrowableProxy() == null
                                        ? ""
                                        : e.getThrowableProxy().getMessage()))
                        .contains("CANARY"));
        assertThat(whileServing)
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .isEmpty();
    }

    @Test
    void the_data_directory_and_store_file_are_the_owners_only() throws Exception {
        Path data = dir.resolve("data");
        try (EmbeddedMongo store = EmbeddedMongo.start(data, 0)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void a_store_left_readable_by_an_older_version_is_narrowed_at_start() throws Exception {
        Path data = dir.resolve("old");
        try (EmbeddedMongo ignored = EmbeddedMongo.start(data, 0)) {
            // creates the file
        }
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(
                data.resolve(EmbeddedMongo.FILE_NAME), PosixFilePermissions.fromString("rw-r--r--"));

        try (EmbeddedMongo store = EmbeddedMongo.start(data, 0)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file())))
                    .isEqualTo("rw-------");
        }
    }
}
