package io.dotportion.nodes.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PasswordValidationTest {
    private final PasswordWorkers workers = new PasswordWorkers(1);
    private final PasswordNode node = new PasswordNode(workers);

    @AfterEach
    void close() {
        workers.close();
    }

    private List<String> paths(String data) {
        List<Violation> violations = NodeFixtures.validate(node, data.replace('\'', '"'));
        assertThat(violations).allSatisfy(v -> assertThat(v.code()).isEqualTo(ViolationCode.INVALID_CONFIG));
        return violations.stream().map(Violation::path).toList();
    }

    @Test
    void the_defaults_and_both_operations_are_valid() {
        assertThat(paths("{'operation': 'hash', 'password': '{{request.body.password}}'}"))
                .isEmpty();
        assertThat(
                        paths(
                                "{'operation': 'verify', 'password': '{{request.body.password}}', 'hash': '{{find.result.hash}}'}"))
                .isEmpty();
        assertThat(paths("{'operation': 'hash', 'password': '{{request.body.password}}', 'memoryKib': 65536, "
                        + "'iterations': 4, 'parallelism': 4, 'hashLength': 64, 'saltLength': 64}"))
                .isEmpty();
    }

    @Test
    void operation_password_and_the_stored_hash_are_required_where_they_are_read() {
        assertThat(paths("{}")).containsExactlyInAnyOrder("operation", "password");
        assertThat(paths("{'operation': 'rehash', 'password': 'x'}")).containsExactly("operation");
        assertThat(paths("{'operation': 'verify', 'password': '{{request.body.password}}'}"))
                .containsExactly("hash");
        assertThat(paths("{'operation': 'hash', 'password': '{{request.body.password}}', 'hash': 'x'}"))
                .containsExactly("hash");
    }

    @Test
    void a_template_naming_an_unknown_node_is_reported_at_its_field() {
        assertThat(NodeFixtures.validate(
                                node,
                                "{\"operation\": \"verify\", \"password\": \"{{nowhere.result.pw}}\", \"hash\": \"{{find.result.h}}\"}")
                        .stream()
                        .map(Violation::path))
                .containsExactly("password");
    }

    @Test
    void every_parameter_out_of_its_bounds_is_reported_at_once() {
        assertThat(paths("{'operation': 'hash', 'password': 'x', 'memoryKib': 262144, 'iterations': 0, "
                        + "'parallelism': 5, 'hashLength': 15, 'saltLength': 8}"))
                .containsExactlyInAnyOrder("memoryKib", "iterations", "parallelism", "hashLength", "saltLength");
        assertThat(paths("{'operation': 'hash', 'password': 'x', 'memoryKib': 7167, 'iterations': 11, "
                        + "'hashLength': 65, 'saltLength': 65}"))
                .containsExactlyInAnyOrder("memoryKib", "iterations", "hashLength", "saltLength");
    }

    @Test
    void memory_times_passes_is_bounded_too() {
        assertThat(paths("{'operation': 'hash', 'password': 'x', 'memoryKib': 65536, 'iterations': 5}"))
                .containsExactly("iterations");
        assertThat(paths("{'operation': 'hash', 'password': 'x', 'memoryKib': 65536, 'iterations': 4}"))
                .isEmpty();
    }

    @Test
    void the_limits_are_the_node_limits() {
        PasswordNode small = new PasswordNode(new PasswordLimits(8192, 2, 1, 16384, 10, 64), workers);

        assertThat(
                        NodeFixtures.validate(
                                        small, "{\"operation\": \"hash\", \"password\": \"x\", \"memoryKib\": 19456}")
                                .stream()
                                .map(Violation::path))
                .contains("memoryKib");
    }
}
