package io.dotportion.server.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.BcryptFunction;
import com.password4j.types.Bcrypt;
import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.LogCapture;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 11's login workflow that is safe to build: the signup + login + me template on the managed database,
 * deployed and called over HTTP. The stored document holds an Argon2id hash, a wrong password gets 401, a bcrypt
 * hash imported into the collection verifies at login (and is upgraded to Argon2id), and no trace (the
 * executions API and the test-run answer) or log line holds a plain password.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignupLoginMeTest {
    private static final String HEX = HexFormat.of().formatHex(SecureRandom.getSeed(8));
    /** Canary passwords: unique, so any copy of one is easy to find. */
    private static final String ADA_PASSWORD = "ada-canary-" + HEX + "-\"é/";

    private static final String GRACE_PASSWORD = "grace-canary-" + HEX;
    private static final String WRONG_PASSWORD = "wrong-canary-" + HEX;
    /** Refused by the parameters node (under 8 characters) before any password node sees it. */
    private static final String SHORT_PASSWORD = "s" + HEX.substring(0, 6);

    private static final String NO_EMAIL_PASSWORD = "no-email-canary-" + HEX;
    private static final List<String> CANARIES =
            List.of(ADA_PASSWORD, GRACE_PASSWORD, WRONG_PASSWORD, SHORT_PASSWORD, NO_EMAIL_PASSWORD, HEX);

    private final LogCapture logs = LogCapture.start();
    private SignedUpUser user;
    private String pid;
    private String base;
    private Map<String, String> workflowIds;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void applyAndDeploy(SignedUpUser owner) {
        user = owner;
        pid = user.newProject("accounts");
        base = user.base("accounts");
        Map<String, Object> applied = user.post(
                        "/v1/projects/" + pid + "/templates/signup-login-me", Map.of("createSecrets", true))
                .expect(201)
                .map();
        workflowIds = new java.util.HashMap<>();
        for (Object w : (List<Object>) applied.get("workflows")) {
            Map<String, Object> workflow = (Map<String, Object>) w;
            workflowIds.put((String) workflow.get("path"), (String) workflow.get("id"));
            user.post("/v1/workflows/" + workflow.get("id") + "/deploy", null).expect(200);
        }
    }

    @AfterAll
    void stopCapture() {
        logs.close();
    }

    private ApiResponse call(String method, String path, Object body, String token) {
        return user.api().call(method, base + path, body, token);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> storedUser(String email) {
        List<Object> documents = (List<Object>) user.get("/v1/projects/" + pid + "/data/collections/users/documents")
                .expect(200)
                .map()
                .get("documents");
        return documents.stream()
                .map(d -> (Map<String, Object>) d)
                .filter(d -> email.equals(d.get("email")))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @Order(1)
    void signup_stores_an_argon2id_hash_and_a_second_signup_with_the_email_is_a_conflict() {
        Map<String, Object> created = call(
                        "POST", "/signup", Map.of("email", "ada@example.com", "password", ADA_PASSWORD), null)
                .expect(201)
                .map();
        ApiResponse again =
                call("POST", "/signup", Map.of("email", "ada@example.com", "password", WRONG_PASSWORD), null);

        assertThat(created).containsEntry("email", "ada@example.com").containsKey("id");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.map()).containsEntry("error", "EMAIL_TAKEN");
        Map<String, Object> stored = storedUser("ada@example.com");
        assertThat(stored.get("passwordHash")).asString().startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(stored.toString()).doesNotContain(ADA_PASSWORD);
        assertThat(stored.get("_id")).isEqualTo(created.get("id"));
    }

    @Test
    @Order(2)
    void login_answers_a_token_that_me_accepts_and_a_wrong_password_or_unknown_email_gets_401() {
        String token =
                (String) call("POST", "/login", Map.of("email", "ada@example.com", "password", ADA_PASSWORD), null)
                        .expect(200)
                        .map()
                        .get("token");
        ApiResponse wrong =
                call("POST", "/login", Map.of("email", "ada@example.com", "password", WRONG_PASSWORD), null);
        ApiResponse unknown =
                call("POST", "/login", Map.of("email", "nobody@example.com", "password", ADA_PASSWORD), null);
        ApiResponse me = call("GET", "/me", null, token);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.map()).containsEntry("error", "INVALID_CREDENTIALS");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(me.expect(200).map()).containsOnlyKeys("id", "email").containsEntry("email", "ada@example.com");
        assertThat(me.text()).doesNotContain("argon2");
        assertThat(call("GET", "/me", null, null).status()).isEqualTo(401);
        assertThat(call("GET", "/me", null, token + "x").status()).isEqualTo(401);
    }

    @Test
    @Order(3)
    void a_bcrypt_hash_imported_into_the_collection_verifies_at_login_and_is_upgraded_to_argon2id() {
        String bcrypt =
                BcryptFunction.getInstance(Bcrypt.B, 10).hash(GRACE_PASSWORD).getResult();
        user.post(
                        "/v1/projects/" + pid + "/data/collections/users/documents",
                        Map.of("email", "grace@example.com", "passwordHash", bcrypt))
                .expect(201);

        ApiResponse wrong =
                call("POST", "/login", Map.of("email", "grace@example.com", "password", WRONG_PASSWORD), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(storedUser("grace@example.com").get("passwordHash")).isEqualTo(bcrypt);

        call("POST", "/login", Map.of("email", "grace@example.com", "password", GRACE_PASSWORD), null)
                .expect(200);

        assertThat(storedUser("grace@example.com").get("passwordHash"))
                .asString()
                .startsWith("$argon2id$");
        String token =
                (String) call("POST", "/login", Map.of("email", "grace@example.com", "password", GRACE_PASSWORD), null)
                        .expect(200)
                        .map()
                        .get("token");
        assertThat(call("GET", "/me", null, token).expect(200).map()).containsEntry("email", "grace@example.com");
    }

    @Test
    @Order(4)
    void no_trace_of_the_executions_api_or_a_test_run_and_no_log_line_holds_a_plain_password() {
        assertThat(call("POST", "/signup", Map.of("email", "short@example.com", "password", SHORT_PASSWORD), null)
                        .status())
                .isEqualTo(400);
        assertThat(call("POST", "/signup", Map.of("email", "not an email", "password", NO_EMAIL_PASSWORD), null)
                        .status())
                .isEqualTo(400);
        ApiResponse testRun = user.post(
                "/v1/workflows/" + workflowIds.get("/login") + "/test-run",
                Map.of("body", Map.of("email", "ada@example.com", "password", ADA_PASSWORD)));
        ApiResponse failedTestRun = user.post(
                "/v1/workflows/" + workflowIds.get("/login") + "/test-run",
                Map.of("body", Map.of("email", "ada@example.com", "password", WRONG_PASSWORD)));
        ApiResponse signupTestRun = user.post(
                "/v1/workflows/" + workflowIds.get("/signup") + "/test-run",
                Map.of("body", Map.of("email", "new@example.com", "password", GRACE_PASSWORD)));

        assertThat(testRun.expect(200).map()).containsEntry("status", 200);
        assertThat(failedTestRun.expect(200).map()).containsEntry("status", 401);
        assertThat(signupTestRun.expect(200).map()).containsEntry("status", 201);
        for (ApiResponse run : List.of(testRun, failedTestRun, signupTestRun)) {
            String trace = String.valueOf(run.map().get("trace"));
            assertThat(trace).containsAnyOf("[redacted:", "[masked:").doesNotContain(CANARIES);
        }
        String executions = Poll.until(
                Duration.ofSeconds(10),
                () -> user.get("/v1/projects/" + pid + "/executions?limit=500")
                        .expect(200)
                        .text(),
                text -> text.split("\"nodeId\":\"verify\"", -1).length > 8
                        && text.split("\"httpStatus\":400", -1).length > 2,
                "the login runs and the refused signups are in the execution log with their traces");
        assertThat(executions).containsAnyOf("[redacted:verify.password]", "[masked:");
        assertThat(executions).doesNotContain(CANARIES).doesNotContain("$argon2id$", "$2b$");
        assertThat(logs.text()).doesNotContain(CANARIES);
    }
}
