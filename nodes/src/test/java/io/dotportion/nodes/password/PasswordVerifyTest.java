package io.dotportion.nodes.password;

import static io.dotportion.nodes.password.PasswordFixtures.output;
import static io.dotportion.nodes.password.PasswordFixtures.run;
import static io.dotportion.nodes.password.PasswordFixtures.verifier;
import static org.assertj.core.api.Assertions.assertThat;

import com.password4j.Argon2Function;
import com.password4j.BcryptFunction;
import com.password4j.Password;
import com.password4j.types.Argon2;
import com.password4j.types.Bcrypt;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordVerifyTest {
    private static final Map<String, Object> VALID = Map.of("valid", true, "needsRehash", false);
    private static final Map<String, Object> INVALID = Map.of("valid", false, "needsRehash", false);

    private final PasswordWorkers workers = new PasswordWorkers(2);
    private final PasswordNode node = new PasswordNode(workers);
    private final NodeHandler verify = verifier(node);

    @AfterEach
    void close() {
        workers.close();
    }

    private Map<String, Object> check(String password, String hash) {
        Map<String, Object> body = new HashMap<>();
        body.put("pw", password);
        body.put("h", hash);
        return output(run(verify, body));
    }

    private static String argon2(Argon2 type, int memory, int iterations, int parallelism, String password) {
        return Password.hash(password)
                .addRandomSalt(16)
                .with(Argon2Function.getInstance(memory, iterations, parallelism, 32, type))
                .getResult();
    }

    @Test
    void an_argon2id_hash_made_elsewhere_verifies_for_its_password_only() {
        String hash = argon2(Argon2.ID, 7168, 1, 1, "open sesame");

        assertThat(check("open sesame", hash)).isEqualTo(VALID);
        assertThat(check("open sesame!", hash)).isEqualTo(INVALID);
        assertThat(check("Open sesame", hash)).isEqualTo(INVALID);
    }

    @Test
    void the_node_reads_the_parameters_each_hash_encodes() {
        String strong = argon2(Argon2.ID, 9216, 2, 2, "pw");

        assertThat(check("pw", strong)).isEqualTo(VALID);
    }

    @Test
    void bcrypt_hashes_of_every_prefix_verify_and_ask_for_a_rehash() {
        for (Bcrypt type : new Bcrypt[] {Bcrypt.A, Bcrypt.B, Bcrypt.Y}) {
            String hash =
                    BcryptFunction.getInstance(type, 4).hash("imported secret").getResult();
            assertThat(hash).startsWith("$2" + type.minor() + "$04$");

            assertThat(check("imported secret", hash)).isEqualTo(Map.of("valid", true, "needsRehash", true));
            assertThat(check("imported secreT", hash)).isEqualTo(INVALID);
        }
    }

    @Test
    void an_argon2_hash_weaker_than_the_node_or_of_another_variant_needs_a_rehash() {
        assertThat(check("pw", argon2(Argon2.ID, 7168 - 1024, 1, 1, "pw")))
                .isEqualTo(Map.of("valid", true, "needsRehash", true));
        assertThat(check("pw", argon2(Argon2.I, 7168, 1, 1, "pw")))
                .isEqualTo(Map.of("valid", true, "needsRehash", true));
        assertThat(check("pw", argon2(Argon2.D, 7168, 1, 1, "pw")))
                .isEqualTo(Map.of("valid", true, "needsRehash", true));
        String shortSalt = Password.hash("pw")
                .addRandomSalt(8)
                .with(Argon2Function.getInstance(7168, 1, 1, 32, Argon2.ID))
                .getResult();
        assertThat(check("pw", shortSalt)).isEqualTo(Map.of("valid", true, "needsRehash", true));
        assertThat(check("wrong", argon2(Argon2.ID, 1024, 1, 1, "pw"))).isEqualTo(INVALID);
    }

    @Test
    void a_missing_empty_or_malformed_stored_hash_is_not_valid_rather_than_an_error() {
        String good = argon2(Argon2.ID, 7168, 1, 1, "pw");
        for (String hash : new String[] {
            null,
            "",
            "pw",
            "$argon2id$",
            good.substring(0, good.length() - 5),
            good.replace("$v=19", "$v=20"),
            good.replace("m=7168", "m=abc"),
            good.replace("argon2id", "argon2x"),
            good + "$extra",
            "$2b$04$short",
            "$2x$04$" + "a".repeat(53),
            "$2b$03$" + "a".repeat(53),
            "$argon2id$v=19$m=4,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"
        }) {
            assertThat(check("pw", hash)).as(String.valueOf(hash)).isEqualTo(INVALID);
        }
    }

    @Test
    void a_missing_empty_or_too_long_candidate_is_not_valid() {
        String hash = argon2(Argon2.ID, 7168, 1, 1, "x".repeat(1024));

        assertThat(check(null, hash)).isEqualTo(INVALID);
        assertThat(check("", hash)).isEqualTo(INVALID);
        assertThat(check("x".repeat(1025), hash)).isEqualTo(INVALID);
        assertThat(check("x".repeat(1024), hash)).isEqualTo(VALID);
    }

    @Test
    void a_stored_hash_over_the_limits_is_refused_without_being_computed() {
        String salt = "c2FsdHNhbHRzYWx0c2FsdA";
        String digest = "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g";
        for (String params : new String[] {
            "m=4194304,t=1,p=1", // 4 GiB: the test JVM could not even allocate it
            "m=65537,t=1,p=1",
            "m=19456,t=11,p=1",
            "m=19456,t=1,p=5",
            "m=65536,t=5,p=1"
        }) {
            NodeOutcome outcome =
                    run(verify, Map.of("pw", "pw", "h", "$argon2id$v=19$" + params + "$" + salt + "$" + digest));

            assertThat(outcome).as(params).isInstanceOf(NodeOutcome.Fail.class);
            assertThat(((NodeOutcome.Fail) outcome).error().code()).isEqualTo(ErrorCode.EXECUTION_FAILED);
        }
        String bcrypt31 = "$2b$31$" + "a".repeat(53);
        NodeOutcome outcome = run(verify, Map.of("pw", "pw", "h", bcrypt31));
        assertThat(outcome).isInstanceOf(NodeOutcome.Fail.class);
        assertThat(((NodeOutcome.Fail) outcome).error().message()).contains("bcrypt cost at most 14");
    }

    @Test
    void the_candidate_and_the_stored_hash_are_marked_sensitive() {
        String hash = argon2(Argon2.ID, 7168, 1, 1, "candidate-pw");
        FakeNodeContext context = FakeNodeContext.create().withBody(Map.of("pw", "candidate-pw", "h", hash));

        verify.execute(context);

        assertThat(context.sensitive()).isEqualTo(Map.of("password", "candidate-pw", "hash", hash));
    }
}
