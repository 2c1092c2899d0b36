package io.dotportion.server.secrets;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.Poll;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sealed values at HTTP level, with the stored documents edited through a raw client: a damaged ciphertext
 * fails for its own secret alone with a clear error while everything else keeps serving, and a ciphertext
 * moved to another name or project does not open.
 */
class SecretCryptoTest {
    private static final String KEY = "crypto-test-key-0123456789abcdef0123456789abcdef";

    @TempDir
    static Path dataDir;
    static EmbeddedMongo store;
    static MongoClient raw;
    static MongoCollection<Document> secrets;
    static MongoCollection<Document> changes;
    static Platform platform;
    static ApiClient api;
    static String token;

    @BeforeAll
    static void start() {
        store = EmbeddedMongo.start(dataDir.resolve("store"), 0);
        raw = MongoClients.create(store.connectionString());
        secrets = raw.getDatabase(PlatformConfig.DEFAULT_DATABASE).getCollection("secrets");
        changes = raw.getDatabase(PlatformConfig.DEFAULT_DATABASE).getCollection("secretChanges");
        platform = Platform.start(PlatformConfig.forTests(dataDir).withMongoUrl(store.connectionString()));
        api = new ApiClient(platform.port());
        token = api.newUser("crypto");
    }

    @AfterAll
    static void stop() {
        platform.close();
        raw.close();
        store.close();
    }

    @Test
    void a_flipped_ciphertext_byte_fails_that_secret_alone_while_the_server_keeps_serving() {
        Signer project = Signer.of("flip", "first", "second");
        assertThat(project.sign("first").status()).isEqualTo(200);
        Document stored = secrets.find(eq("_id", project.id() + "/first")).first();
        byte[] ciphertext = stored.get("ciphertext", Binary.class).getData();
        ciphertext[ciphertext.length / 2] ^= 0x01;
        secrets.updateOne(eq("_id", project.id() + "/first"), Updates.set("ciphertext", new Binary(ciphertext)));
        changed(project.id());

        ApiResponse failed = Poll.until(() -> project.sign("first"), r -> r.status() == 500, Duration.ofSeconds(5));
        assertThat(failed.error()).isEqualTo("EXECUTION_FAILED");
        assertThat(failed.map().get("message").toString()).contains("first").contains("SECRET_DAMAGED");
        assertThat(project.sign("second").status()).isEqualTo(200);
        assertThat(api.get("/v1/projects/" + project.id() + "/secrets", token).status()).isEqualTo(200);
        assertThat(api.get("/health", null).status()).isEqualTo(200);

        api.putSecret(token, project.id(), "first", Map.of("type", "jwt", "value", KEY + "-new")).expect(200);
        assertThat(project.sign("first").status()).isEqualTo(200);
    }

    @Test
    void a_ciphertext_moved_to_another_name_does_not_open() {
        Signer project = Signer.of("moved-name", "source", "target");
        copyCiphertext(project.id() + "/source", project.id() + "/target");
        changed(project.id());
        ApiResponse failed = Poll.until(() -> project.sign("target"), r -> r.status() == 500, Duration.ofSeconds(5));
        assertThat(failed.map().get("message").toString()).contains("target").contains("SECRET_DAMAGED");
        assertThat(project.sign("source").status()).isEqualTo(200);
    }

    @Test
    void a_ciphertext_moved_to_another_project_does_not_open() {
        Signer from = Signer.of("moved-from", "jwt");
        Signer to = Signer.of("moved-to", "jwt");
        copyCiphertext(from.id() + "/jwt", to.id() + "/jwt");
        changed(to.id());
        ApiResponse failed = Poll.until(() -> to.sign("jwt"), r -> r.status() == 500, Duration.ofSeconds(5));
        assertThat(failed.map().get("message").toString()).contains("SECRET_DAMAGED");
        assertThat(from.sign("jwt").status()).isEqualTo(200);
    }

    @Test
    void deleting_a_project_deletes_its_sealed_secrets_and_its_data_key() {
        Signer project = Signer.of("deleted", "jwt");
        var keysets = raw.getDatabase(PlatformConfig.DEFAULT_DATABASE).getCollection("projectKeysets");
        assertThat(keysets.countDocuments(eq("_id", project.id()))).isEqualTo(1);
        api.delete("/v1/projects/" + project.id(), token).expect(200);
        assertThat(secrets.countDocuments(eq("projectId", project.id()))).isZero();
        assertThat(keysets.countDocuments(eq("_id", project.id()))).isZero();
    }

    /** A project with jwt secrets and one signing endpoint per secret, at /sign/{secret}. */
    private record Signer(String id, String base) {
        static Signer of(String slug, String... names) {
            String id = api.newProject(token, slug);
            for (String name : names) {
                api.putSecret(token, id, name, Map.of("type", "jwt", "value", KEY)).expect(201);
                api.deploy(token, api.newWorkflow(token, id, Workflows.single("Sign " + name, "POST", "/sign/" + name,
                        "jwtGenerate", Map.of("secret", name, "payload", Map.of("sub", name)), 200)));
            }
            return new Signer(id, "/api/" + api.username(token) + "/" + slug);
        }

        ApiResponse sign(String name) {
            return api.post(base + "/sign/" + name, null, null);
        }
    }

    private static void copyCiphertext(String fromId, String toId) {
        Binary ciphertext = secrets.find(eq("_id", fromId)).first().get("ciphertext", Binary.class);
        secrets.updateOne(eq("_id", toId), Updates.set("ciphertext", ciphertext));
    }

    /** What a write does after changing a record: bump the project's change stamp, so servers reload it. */
    private static void changed(String projectId) {
        changes.updateOne(eq("_id", projectId), Updates.inc("seq", 1L));
    }
}
