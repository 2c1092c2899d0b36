package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.Jwts;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.UserDatabase;
import io.dotportion.server.support.Workflows;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The JWT nodes over HTTP: the login and me examples against a user database, tokens checked with an
 * independent library both ways, every kind of bad token refused with 401, and key rotation with and
 * without a grace window.
 */
@PlatformTest(egressAllow = "127.0.0.1")
class JwtEndpointsTest {
    private static final String KEY = "jwt-endpoints-key-0123456789abcdef0123456789abcdef";
    private static final String OTHER_KEY = "a-different-key-0123456789abcdef0123456789abcdef-0";
    private static final ObjectId ADA = new ObjectId();

    private final UserDatabase userDb;
    private final ApiClient api;
    private final String token;
    private String projectId;
    private String base;

    JwtEndpointsTest(SignedUpUser user) {
        userDb = new UserDatabase();
        userDb.collection("app", "users")
                .insertOne(new Document("_id", ADA)
                        .append("email", "ada@example.com")
                        .append("password", "pw-ada")
                        .append("name", "Ada"));
        api = user.api();
        token = user.token();
        projectId = user.newProject("auth");
        base = user.base("auth");
        api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", KEY))
                .expect(201);
        api.putSecret(
                        token,
                        projectId,
                        "users_db",
                        Map.of("type", "mongodb", "value", userDb.account("app", "app-password", "app")))
                .expect(201);
        Map<String, Object> echo = Workflows.chain(
                "Echo credentials",
                "GET",
                "/echo",
                List.of(
                        Workflows.node("verify", "jwtVerify", Map.of("secret", "jwt")),
                        Workflows.node(
                                "shape",
                                "logic",
                                Map.of(
                                        "code",
                                        "return { sub: input.sub, apiKey: "
                                                + "request.headers['x-api-key'], cookie: request.headers.cookie, all: request.headers };")),
                        Workflows.node("answer", "response", Map.of("status", 200))));
        for (Object document : List.of(
                ApiClient.fixture("login.json"), ApiClient.fixture("me.json"), whoami("/whoami", "jwt"), echo)) {
            api.deploy(token, api.newWorkflow(token, projectId, document));
        }
    }

    @AfterAll
    void stop() {
        userDb.close();
    }

    @Test
    void login_returns_a_token_that_me_accepts_and_another_library_verifies() {
        String issued = login();
        Map<String, Object> me = me(issued).expect(200).map();
        assertThat(me).isEqualTo(Map.of("email", "ada@example.com", "name", "Ada"));
        DecodedJWT decoded = JWT.require(Algorithm.HMAC256(KEY.getBytes(StandardCharsets.UTF_8)))
                .build()
                .verify(issued);
        assertThat(decoded.getSubject()).isEqualTo(ADA.toHexString());
        assertThat(decoded.getAlgorithm()).isEqualTo("HS256");
        assertThat(decoded.getKeyId()).isEqualTo("1");
        assertThat(decoded.getClaim("email").asString()).isEqualTo("ada@example.com");
        assertThat(decoded.getExpiresAtAsInstant()).isAfter(Instant.now().plusSeconds(3000));
    }

    @Test
    void a_token_made_by_another_library_is_accepted() {
        String outside = Jwts.hs256(KEY, ADA.toHexString(), Instant.now().plusSeconds(600));
        assertThat(me(outside).expect(200).map()).containsEntry("name", "Ada");
    }

    @Test
    void bad_tokens_are_answered_401_through_the_error_handle() {
        String sub = ADA.toHexString();
        Instant later = Instant.now().plusSeconds(600);
        List<String> refused = List.of(
                Jwts.hs256(OTHER_KEY, sub, later),
                Jwts.none(sub),
                Jwts.claims(sub, later).sign(Algorithm.HMAC384(KEY.getBytes(StandardCharsets.UTF_8))),
                Jwts.withPayload(
                        Jwts.hs256(KEY, sub, later),
                        "{\"sub\":\"" + new ObjectId().toHexString() + "\",\"exp\":" + later.getEpochSecond() + "}"),
                Jwts.hs256(KEY, sub, Instant.now().minusSeconds(120)),
                Jwts.claims(sub, later)
                        .withNotBefore(Instant.now().plusSeconds(600))
                        .sign(Algorithm.HMAC256(KEY.getBytes(StandardCharsets.UTF_8))),
                "not-a-token");
        for (String bad : refused) {
            ApiResponse answer = me(bad);
            assertThat(answer.status()).as(bad).isEqualTo(401);
            assertThat(answer.map()).as(bad).isEqualTo(Map.of("error", "unauthorized"));
        }
        assertThat(api.get(base + "/me", null).status()).isEqualTo(401);
    }

    @Test
    void tokens_in_a_non_canonical_form_or_with_ambiguous_or_insane_claims_are_answered_401() {
        String sub = ADA.toHexString();
        long exp = Instant.now().plusSeconds(600).getEpochSecond();
        String good = raw("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"" + sub + "\",\"exp\":" + exp + "}");
        assertThat(me(good).expect(200).map()).containsEntry("name", "Ada");
        String[] parts = good.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 1);
        String b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        List<String> refused = List.of(
                good + "=",
                parts[0] + "=." + parts[1] + "." + parts[2],
                parts[0] + "." + parts[1] + "==." + parts[2],
                good.substring(0, good.length() - 1) + b64.charAt(b64.indexOf(last) ^ 1),
                raw("{\"alg\":\"HS256\"}", "{\"sub\":\"x\",\"sub\":\"" + sub + "\",\"exp\":" + exp + "}"),
                raw("{\"alg\":\"HS256\",\"alg\":\"HS256\"}", "{\"sub\":\"" + sub + "\",\"exp\":" + exp + "}"),
                raw("{\"alg\":\"HS256\"}", "{\"sub\":\"" + sub + "\",\"exp\":1e300}"),
                raw(
                        "{\"alg\":\"HS256\"}",
                        "{\"sub\":\"" + sub + "\",\"exp\":" + exp + ",\"iat\":" + (exp + 86400) + "}"),
                raw("{\"alg\":\"HS256\",\"crit\":[\"x\"],\"x\":1}", "{\"sub\":\"" + sub + "\",\"exp\":" + exp + "}"),
                raw("{\"alg\":\"hs256\"}", "{\"sub\":\"" + sub + "\",\"exp\":" + exp + "}"));
        for (String bad : refused) {
            ApiResponse answer = me(bad);
            assertThat(answer.status()).as(bad).isEqualTo(401);
        }
    }

    /** A token signed with {@link #KEY} over exactly these JSON texts (an independent HMAC). */
    private String raw(String header, String payload) {
        java.util.Base64.Encoder enc = java.util.Base64.getUrlEncoder().withoutPadding();
        String input = enc.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + enc.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return input + "." + enc.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void without_an_error_edge_a_refused_token_is_the_runtime_401() {
        ApiResponse answer = bearer(base + "/whoami", Jwts.none(ADA.toHexString()));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.error()).isEqualTo("UNAUTHORIZED");
        assertThat(answer.map()).containsKeys("message", "executionId");
        assertThat(bearer(base + "/whoami", login()).expect(200).map()).containsEntry("sub", ADA.toHexString());
    }

    @Test
    void without_a_grace_window_a_replaced_key_stops_old_tokens_at_once() {
        Rotation rotation = new Rotation("nograce", null);
        String old = rotation.sign();
        assertThat(Jwts.header(old)).contains("\"kid\":\"1\"");
        rotation.replace();
        assertThat(rotation.verify(old).status()).isEqualTo(401);
        String fresh = rotation.sign();
        assertThat(Jwts.header(fresh)).contains("\"kid\":\"2\"");
        assertThat(rotation.verify(fresh).status()).isEqualTo(200);
    }

    @Test
    void within_a_grace_window_old_tokens_still_verify_and_after_it_they_do_not() {
        Rotation long_ = new Rotation("grace", 600);
        String old = long_.sign();
        long_.replace();
        assertThat(long_.verify(old).status()).isEqualTo(200);
        assertThat(long_.verify(long_.sign()).status()).isEqualTo(200);

        Rotation short_ = new Rotation("brief", 1);
        String soon = short_.sign();
        short_.replace();
        Poll.until(
                Duration.ofSeconds(10),
                () -> short_.verify(soon).status(),
                status -> status == 401,
                "the token to be refused once the grace ends");
        assertThat(short_.verify(short_.sign()).status()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void request_credentials_reach_the_nodes_but_never_the_trace_or_log() {
        String issued = login();
        String apiKey = "key-" + new ObjectId().toHexString();
        String session = "sess-" + new ObjectId().toHexString();
        Map<String, Object> answer = api.raw(
                        "GET",
                        base + "/echo",
                        null,
                        null,
                        Map.of(
                                "Authorization",
                                "Bearer " + issued,
                                "X-Api-Key",
                                apiKey,
                                "Cookie",
                                "theme=dark; session=" + session))
                .expect(200)
                .map();
        assertThat(answer).containsEntry("sub", ADA.toHexString()).containsEntry("apiKey", apiKey);
        assertThat(answer.get("cookie").toString()).contains(session);

        String executions = Poll.until(
                Duration.ofSeconds(10),
                this::echoExecutions,
                text -> text.contains("[redacted:x-api-key]"),
                "the echo run with its redacted headers");
        assertThat(executions)
                .contains("[redacted:authorization]", "[redacted:cookie]")
                .doesNotContain(issued)
                .doesNotContain(apiKey)
                .doesNotContain(session);
    }

    @SuppressWarnings("unchecked")
    private String echoExecutions() {
        return io.dotportion.core.value.Json.write(
                api.get("/v1/projects/" + projectId + "/executions?limit=500", token).expect(200).list().stream()
                        .filter(e -> "/echo".equals(((Map<String, Object>) e).get("path")))
                        .toList());
    }

    /** A project of its own with a jwt secret, a signing endpoint and a verifying endpoint. */
    private final class Rotation {
        private final String projectId;
        private final String base;

        Rotation(String slug, Integer graceSeconds) {
            projectId = api.newProject(token, slug);
            Map<String, Object> body = graceSeconds == null
                    ? Map.of("type", "jwt", "value", KEY)
                    : Map.of("type", "jwt", "value", KEY, "graceSeconds", graceSeconds);
            api.putSecret(token, projectId, "jwt", body).expect(201);
            api.deploy(
                    token,
                    api.newWorkflow(
                            token,
                            projectId,
                            Workflows.single(
                                    "Sign",
                                    "POST",
                                    "/sign",
                                    "jwtGenerate",
                                    Map.of("secret", "jwt", "payload", Map.of("sub", "rotating")),
                                    200)));
            api.deploy(token, api.newWorkflow(token, projectId, whoami("/verify", "jwt")));
            base = "/api/" + api.username(token) + "/" + slug;
        }

        String sign() {
            return api.post(base + "/sign", null, null)
                    .expect(200)
                    .map()
                    .get("token")
                    .toString();
        }

        void replace() {
            api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "value", KEY + "-next"))
                    .expect(200);
        }

        ApiResponse verify(String jwt) {
            return bearer(base + "/verify", jwt);
        }
    }

    private Map<String, Object> whoami(String path, String secret) {
        return Workflows.single("Who am I", "GET", path, "jwtVerify", Map.of("secret", secret), 200);
    }

    private String login() {
        return api.post(base + "/login", Map.of("email", "ada@example.com", "password", "pw-ada"), null)
                .expect(200)
                .map()
                .get("token")
                .toString();
    }

    private ApiResponse me(String jwt) {
        return bearer(base + "/me", jwt);
    }

    private ApiResponse bearer(String path, String jwt) {
        return api.raw("GET", path, null, null, Map.of("Authorization", "Bearer " + jwt));
    }
}
