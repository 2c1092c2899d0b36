package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.UserDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The data explorer over a user's own MongoDB, reached through a mongodb secret that it never reveals. */
@PlatformTest(egressAllow = "127.0.0.1")
class ExternalDataTest {
    private static final String PASSWORD = "explorer-canary-7f3a9c";

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config ->
            config.withUserDatabases(MongoPoolSettings.defaults().withServerSelectionTimeout(Duration.ofSeconds(1))));

    private final UserDatabase userDb;
    private final ApiClient api;
    private final String token;
    private final String projectId;
    private final String base;
    private final List<String> answers = new ArrayList<>();

    ExternalDataTest(SignedUpUser user) {
        userDb = new UserDatabase();
        api = user.api();
        token = user.token();
        projectId = user.newProject("outside");
        base = "/v1/projects/" + projectId + "/data/external";
        api.putSecret(
                        token,
                        projectId,
                        "shop_db",
                        Map.of("type", "mongodb", "value", userDb.account("shop", PASSWORD, "shop")))
                .expect(201);
        api.putSecret(
                        token,
                        projectId,
                        "down_db",
                        Map.of(
                                "type",
                                "mongodb",
                                "value",
                                "mongodb://shop:" + PASSWORD + "@127.0.0.1:" + closedPort() + "/shop"))
                .expect(201);
        api.putSecret(token, projectId, "signing", Map.of("type", "jwt", "value", "s".repeat(40)))
                .expect(201);
        userDb.collection("shop", "orders").insertOne(new Document("total", 12).append("sku", "pen"));
    }

    @AfterAll
    void stop() {
        userDb.close();
        assertThat(String.join("\n", answers)).doesNotContain(PASSWORD);
    }

    private ApiResponse call(String method, String path, Object body) {
        ApiResponse r = api.call(method, path, body, token);
        answers.add(r.text());
        return r;
    }

    private int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void collections_and_documents_of_the_secrets_database_are_listed_and_paged() {
        assertThat(call("GET", base + "/shop_db/collections", null).expect(200).list())
                .contains(Map.of("name", "orders", "count", 1));
        ApiResponse page = call("GET", base + "/shop_db/collections/orders/documents", null)
                .expect(200);
        assertThat(page.map()).containsEntry("total", 1);
        assertThat(page.text()).contains("\"sku\":\"pen\"");
    }

    @Test
    void documents_are_created_replaced_and_deleted_in_the_users_database() {
        String id = (String) call("POST", base + "/shop_db/collections/notes/documents", Map.of("text", "hi"))
                .expect(201)
                .map()
                .get("_id");
        assertThat(userDb.collection("shop", "notes").countDocuments(new Document("text", "hi")))
                .isEqualTo(1);

        call("PUT", base + "/shop_db/collections/notes/documents/" + id, Map.of("text", "bye"))
                .expect(200);
        assertThat(call("GET", base + "/shop_db/collections/notes/documents/" + id, null)
                        .expect(200)
                        .map())
                .containsEntry("text", "bye");
        call("DELETE", base + "/shop_db/collections/notes/documents/" + id, null)
                .expect(204);
        assertThat(userDb.collection("shop", "notes").countDocuments()).isZero();
    }

    @Test
    void an_unreachable_database_is_a_502_that_names_no_url() {
        ApiResponse r = call("GET", base + "/down_db/collections", null);

        assertThat(r.status()).isEqualTo(502);
        assertThat(r.map())
                .containsEntry("error", "UPSTREAM_UNAVAILABLE")
                .containsEntry("message", "database unreachable");
        assertThat(r.text()).doesNotContain("127.0.0.1").doesNotContain("mongodb://");
    }

    @Test
    void unknown_secrets_secrets_of_another_type_and_other_users_answer_404() {
        assertThat(call("GET", base + "/nope/collections", null).status()).isEqualTo(404);
        assertThat(call("GET", base + "/signing/collections", null).status()).isEqualTo(404);
        assertThat(call("GET", base + "/Bad%20Name/collections", null).status()).isEqualTo(404);
        String other = api.newUser("intruder");
        ApiResponse r = api.get(base + "/shop_db/collections", other);
        answers.add(r.text());
        assertThat(r.status()).isEqualTo(404);
    }
}
