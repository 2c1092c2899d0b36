package io.dotportion.nodes.password;

import static io.dotportion.nodes.password.PasswordFixtures.compile;
import static io.dotportion.nodes.password.PasswordFixtures.output;
import static io.dotportion.nodes.password.PasswordFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordHashTest {
    private final PasswordWorkers workers = new PasswordWorkers(2);
    private final PasswordNode node = new PasswordNode(workers);

    @AfterEach
    void close() {
        workers.close();
    }

    @Test
    void hash_outputs_an_argon2id_phc_string_with_owasp_parameters_by_default() {
        NodeHandler handler = compile(node, "{'operation': 'hash', 'password': '{{request.body.pw}}'}");

        String hash =
                (String) output(run(handler, Map.of("pw", "correct horse"))).get("hash");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        Argon2Hash parsed = Argon2Hash.parse(hash).orElseThrow();
        assertThat(parsed.salt()).hasSize(16);
        assertThat(parsed.hash()).hasSize(32);
    }

    @Test
    void the_hash_verifies_with_an_independent_argon2_implementation_and_only_for_its_password() {
        NodeHandler handler = compile(
                node,
                "{'operation': 'hash', 'password': '{{request.body.pw}}', 'memoryKib': 8192, 'iterations': 3, "
                        + "'parallelism': 2, 'hashLength': 24, 'saltLength': 20}");

        String hash = (String) output(run(handler, Map.of("pw", "pässwörd ✓"))).get("hash");

        assertThat(hash).startsWith("$argon2id$v=19$m=8192,t=3,p=2$");
        assertThat(Argon2Function.getInstanceFromHash(hash).check("pässwörd ✓", hash))
                .isTrue();
        assertThat(Argon2Function.getInstanceFromHash(hash).check("passwörd ✓", hash))
                .isFalse();
        Argon2Hash parsed = Argon2Hash.parse(hash).orElseThrow();
        assertThat(parsed.salt()).hasSize(20);
        assertThat(parsed.hash()).hasSize(24);
    }

    @Test
    void two_hashes_of_one_password_differ_by_their_random_salt() {
        NodeHandler handler = compile(
                node, "{'operation': 'hash', 'password': '{{request.body.pw}}', " + PasswordFixtures.CHEAP + "}");

        Object first = output(run(handler, Map.of("pw", "same"))).get("hash");
        Object second = output(run(handler, Map.of("pw", "same"))).get("hash");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void the_password_is_marked_sensitive_for_the_trace() {
        NodeHandler handler = compile(
                node, "{'operation': 'hash', 'password': '{{request.body.pw}}', " + PasswordFixtures.CHEAP + "}");
        FakeNodeContext context = FakeNodeContext.create().withBody(Map.of("pw", "mark-me-please"));

        handler.execute(context);

        assertThat(context.sensitive()).isEqualTo(Map.of("password", "mark-me-please"));
        assertThat(node.credentialOutputs()).containsExactly("hash");
    }

    @Test
    void a_missing_empty_non_text_or_too_long_password_is_an_invalid_request_that_names_no_value() {
        NodeHandler handler = compile(
                node, "{'operation': 'hash', 'password': '{{request.body.pw}}', " + PasswordFixtures.CHEAP + "}");
        Map<String, Object> missing = new HashMap<>();
        for (Map<String, Object> body : List.of(
                missing,
                Map.<String, Object>of("pw", ""),
                Map.<String, Object>of("pw", 12345),
                Map.<String, Object>of("pw", Map.of("$ne", "x")),
                Map.<String, Object>of("pw", "x".repeat(1025)),
                Map.<String, Object>of("pw", "é".repeat(513)))) {
            NodeOutcome outcome = run(handler, body);

            assertThat(outcome).isInstanceOf(NodeOutcome.Fail.class);
            NodeOutcome.Fail fail = (NodeOutcome.Fail) outcome;
            assertThat(fail.error().code()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(fail.error().message()).doesNotContain("xxxx", "éé", "12345");
        }
        assertThat(output(run(handler, Map.of("pw", "x".repeat(1024)))).get("hash"))
                .asString()
                .startsWith("$argon2id$");
    }

    @Test
    void a_hash_that_cannot_finish_in_the_time_left_is_a_timeout() {
        NodeHandler handler = compile(node, "{'operation': 'hash', 'password': '{{request.body.pw}}'}");

        NodeOutcome outcome = handler.execute(
                FakeNodeContext.create().withBody(Map.of("pw", "late")).withRemaining(Duration.ZERO));

        assertThat(outcome).isInstanceOf(NodeOutcome.Fail.class);
        assertThat(((NodeOutcome.Fail) outcome).error().code()).isEqualTo(ErrorCode.TIMEOUT);
    }

    @Test
    void hashes_run_on_the_workers_platform_threads_not_the_callers_virtual_thread() throws Exception {
        NodeHandler handler = compile(
                node, "{'operation': 'hash', 'password': '{{request.body.pw}}', " + PasswordFixtures.CHEAP + "}");
        Map<String, Object> result = new HashMap<>();
        Thread caller = Thread.ofVirtual().start(() -> result.putAll(output(run(handler, Map.of("pw", "v")))));
        caller.join(Duration.ofSeconds(30));

        assertThat(result.get("hash")).asString().startsWith("$argon2id$");
        assertThat(workers.run(() -> Thread.currentThread(), Duration.ofSeconds(5)))
                .satisfies(thread -> assertThat(thread.isVirtual()).isFalse())
                .satisfies(thread -> assertThat(thread.getName()).startsWith("password-hash-"));
    }
}
