package io.dotportion.server.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.nodes.password.PasswordNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The password node masks what it reads by value, not by field name: a password sent in a field no masking rule
 * knows ({@code word}) and the stored hash it is checked against are masked in the deployed run's stored trace
 * and in the test-run answer (which shows the credentials nodes produce, but never what they marked), wherever
 * they stand.
 */
@PlatformTest
class PasswordNodeTracesTest {
    private static final String WORD = "plainword" + HexFormat.of().formatHex(SecureRandom.getSeed(8));

    @Test
    void a_password_in_an_unremarkable_field_and_its_stored_hash_are_masked_in_every_trace(SignedUpUser user) {
        String pid = user.newProject("hashes");
        Map<String, Object> document = Workflows.chain(
                "Hash then check",
                "POST",
                "/check",
                List.of(
                        Workflows.node(
                                "hash",
                                PasswordNode.ID,
                                Map.of("operation", "hash", "password", "{{request.body.word}}")),
                        Workflows.node(
                                "check",
                                PasswordNode.ID,
                                Map.of(
                                        "operation",
                                        "verify",
                                        "password",
                                        "{{request.body.word}}",
                                        "hash",
                                        "{{hash.result.hash}}")),
                        Workflows.node("answer", ResponseNode.ID, Map.of("status", 200))));
        String workflowId = user.api().newWorkflow(user.token(), pid, document);
        user.post("/v1/workflows/" + workflowId + "/deploy", null).expect(200);

        Map<String, Object> answer = user.api()
                .post(user.base("hashes") + "/check", Map.of("word", WORD), null)
                .expect(200)
                .map();
        String testRun = user.post("/v1/workflows/" + workflowId + "/test-run", Map.of("body", Map.of("word", WORD)))
                .expect(200)
                .text();
        String stored = Poll.until(
                Duration.ofSeconds(10),
                () -> user.get("/v1/projects/" + pid + "/executions?kind=deployed")
                        .expect(200)
                        .text(),
                text -> text.contains("\"nodeId\":\"check\""),
                "the deployed run is logged with its trace");

        assertThat(answer).isEqualTo(Map.of("valid", true, "needsRehash", false));
        assertThat(testRun)
                .doesNotContain(WORD)
                .contains("[redacted:hash.password]", "[redacted:check.hash]", "\"valid\":true");
        assertThat(stored) // stored traces mask the hash as the hash node's credential output first
                .doesNotContain(WORD, "$argon2id$")
                .contains("[redacted:hash.password]", "[redacted:hash.hash]");
    }
}
