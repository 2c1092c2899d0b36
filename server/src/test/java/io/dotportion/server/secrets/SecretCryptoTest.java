package io.dotportion.server.secrets;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.ServedStore;
import io.dotportion.server.support.Workflows;
import java.time.Duration;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sealed values at HTTP level, with the stored documents edited through a raw client: a damaged ciphertext
 * fails for its own secret alone with a clear error while everything else keeps serving, and a ciphertext
 * moved to another name or project does not open.
 */
@PlatformTest
class SecretCryptoTest {
    private static final String KEY = "crypto-test-key-0123456789abcdef0123456789abcdef";

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.defaults().servedStore();

    private final ApiClient api;
    private final ServedStore store;
    private final MongoCollection<Document> secrets;
    private final MongoCollection<Document> changes;
    private final String token;

    SecretCryptoTest(ApiClient api, ServedStore store) {
        this.api = api;
        this.store = store;
        secrets = store.platformDatabase().getCollection("secrets");
        changes = store.platformDatabase().getCollection("secretChanges");
        token = api.newUser("crypto");
    }

    @Test
    void a_flipped_ciphertext_byte_fails_that_secret_alone_while_the_server_keeps_serving() {
        Signer project = signer("flip", "first", "second");
        assertThat(project.sign("first").status()).isEqualTo(200);
        Document stored = secrets.find(eq("_id", project.id() + "/first")).first();
        byte[] ciphertext = stored.get("ciphertext", Binary.class).getData();
        ciphertext[ciphertext.length / 2] ^= 0x01;
        secrets.updateOne(eq("_id", project.id() + "/first"), Updates.set("ciphertext", new Binary(ciphertext)));
        changed(project.id());

        ApiResponse failed = Poll.until(
                Duration.ofSeconds(5),
                () -> project.sign("first"),
                r -> r.status() == 500,
                "signing to fail with 500 once the change is seen");
        assertThat(failed.error()).isEqualTo("EXECUTION_FAILED");
        assertThat(failed.map().get("message").toString()).contains("first").contains("SECRET_DAMAGED");
        assertThat(project.sign("second").status()).isEqualTo(200);
        assertThat(api.get("/v1/projects/" + project.id() + "/secrets", token).status())
                .isEqualTo(200);
        assertThat(api.get("/health", null).status()).isEqualTo(200);

        api.putSecret(token, project.id(), "first", Map.of("type", "jwt", "value", KEY + "-new"))
                .expect(200);
        assertThat(project.sign("first").status()).isEqualTo(200);
    }

    @Test
    void a_ciphertext_moved_to_another_name_does_not_open() {
        Signer project = signer("moved-name", "source", "target");
        copyCiphertext(project.id() + "/source", project.id() + "/target");
        changed(project.id());
        ApiResponse failed = Poll.until(
                Duration.ofSeconds(5),
                () -> project.sign("target"),
                r -> r.status() == 500,
                "signing to fail with 500 once the change is seen");
        assertThat(failed.map().get("message").toString()).contains("target").contains("SECRET_DAMAGED");
        assertThat(project.sign("source").status()).isEqualTo(200);
    }

    @Test
    void a_ciphertext_moved_to_another_project_does_not_open() {
        Signer from = signer("moved-from", "jwt");
        Signer to = signer("moved-to", "jwt");
        copyCiphertext(from.id() + "/jwt", to.id() + "/jwt");
        changed(to.id());
        ApiResponse failed = Poll.until(
                Duration.ofSeconds(5),
                () -> to.sign("jwt"),
                r -> r.status() == 500,
                "signing to fail with 500 once the change is seen");
        assertThat(failed.map().get("message").toString()).contains("SECRET_DAMAGED");
        assertThat(from.sign("jwt").status()).isEqualTo(200);
    }

    @Test
    void deleting_a_project_deletes_its_sealed_secrets_and_its_data_key() {
        Signer project = signer("deleted", "jwt");
        var keysets = store.platformDatabase().getCollection("projectKeysets");
        assertThat(keysets.countDocuments(eq("_id", project.id()))).isEqualTo(1);
        api.delete("/v1/projects/" + project.id(), token).expect(200);
        assertThat(secrets.countDocuments(eq("projectId", project.id()))).isZero();
        assertThat(keysets.countDocuments(eq("_id", project.id()))).isZero();
    }

    /** A project with jwt secrets and one signing endpoint per secret, at /sign/{secret}. */
    private Signer signer(String slug, String... names) {
        String id = api.newProject(token, slug);
        for (String name : names) {
            api.putSecret(token, id, name, Map.of("type", "jwt", "value", KEY)).expect(201);
            api.deploy(
                    token,
                    api.newWorkflow(
                            token,
                            id,
                            Workflows.single(
                                    "Sign " + name,
                                    "POST",
                                    "/sign/" + name,
                                    "jwtGenerate",
                                    Map.of("secret", name, "payload", Map.of("sub", name)),
                                    200)));
        }
        return new Signer(api, id, "/api/" + api.username(token) + "/" + slug);
    }

    private record Signer(ApiClient api, String id, String base) {
        ApiResponse sign(String name) {
            return api.post(base + "/sign/" + name, null, null);
        }
    }

    private void copyCiphertext(String fromId, String toId) {
        Binary ciphertext = secrets.find(eq("_id", fromId)).first().get("ciphertext", Binary.class);
        secrets.updateOne(eq("_id", toId), Updates.set("ciphertext", ciphertext));
    }

    /** What a write does after changing a record: bump the project's change stamp, so servers reload it. */
    private void changed(String projectId) {
        changes.updateOne(eq("_id", projectId), Updates.inc("seq", 1L));
    }
}
