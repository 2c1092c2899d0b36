package io.dotportion.nodes.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both JWT nodes refuse a secret shorter than their algorithm's key (found at save and deploy, not at run time). */
class JwtKeyLengthTest {

    private static ValidationContext secretOf(int bytes) {
        ValidationContext base = JwtFixtures.validationContext();
        return new ValidationContext() {
            @Override
            public Set<String> nodeIds() {
                return base.nodeIds();
            }

            @Override
            public Set<String> secretNames(String type) {
                return base.secretNames(type);
            }

            @Override
            public OptionalInt secretBytes(String type, String name) {
                return type.equals("jwt") && name.equals(JwtFixtures.SECRET)
                        ? OptionalInt.of(bytes)
                        : OptionalInt.empty();
            }

            @Override
            public List<Violation> checkTemplate(String path, ValueTemplate template) {
                return base.checkTemplate(path, template);
            }
        };
    }

    private static <C> List<Violation> validate(NodeType<C> type, String algorithm, int bytes) {
        String data = "{\"secret\": \"" + JwtFixtures.SECRET + "\""
                + (algorithm.isEmpty() ? "" : ", \"algorithm\": \"" + algorithm + "\"") + "}";
        return type.validate(NodeFixtures.bind(type, data), secretOf(bytes));
    }

    @ParameterizedTest(name = "{0} with {1} bytes")
    @CsvSource({"HS384, 47", "HS384, 32", "HS512, 63", "HS512, 48", "HS256, 31", "'', 31"})
    void a_secret_shorter_than_the_algorithm_needs_is_reported_at_the_secret(String algorithm, int bytes) {
        for (NodeType<?> type : List.<NodeType<?>>of(new JwtGenerateNode(), new JwtVerifyNode())) {
            assertThat(validate(type, algorithm, bytes))
                    .as(type.id())
                    .extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("secret", ViolationCode.SECRET_TOO_SHORT));
            assertThat(validate(type, algorithm, bytes).get(0).message())
                    .contains("at least")
                    .doesNotContain(bytes + " bytes");
        }
    }

    @ParameterizedTest(name = "{0} with {1} bytes")
    @CsvSource({"HS384, 48", "HS512, 64", "HS512, 100", "HS256, 32", "'', 32"})
    void a_secret_as_long_as_the_algorithm_needs_is_fine(String algorithm, int bytes) {
        assertThat(validate(new JwtGenerateNode(), algorithm, bytes)).isEmpty();
        assertThat(validate(new JwtVerifyNode(), algorithm, bytes)).isEmpty();
    }
}
