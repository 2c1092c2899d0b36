package io.dotportion.core.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.secret.Secret;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretLookupTest {
    private static Secret typed(String name, String type) {
        return new Secret(name, 1, ("value-of-" + name + "-long-enough").toCharArray(), type, Map.of());
    }

    @Test
    void a_typed_secret_of_another_type_is_missing_with_the_engines_message() {
        FakeNodeContext context = FakeNodeContext.create().withSecret(typed("db", "dburl"));

        assertThatThrownBy(() -> context.secret("db", "signing"))
                .isInstanceOf(NodeFailure.class)
                .hasMessage("secret 'db' is not defined");
    }

    @Test
    void a_field_that_takes_several_types_gets_the_first_type_the_secret_has() {
        FakeNodeContext context = FakeNodeContext.create().withSecret(typed("key", "bearer"));

        Secret secret = context.secret("key", List.of("apiKey", "bearer", "basic"));

        assertThat(secret.type()).isEqualTo("bearer");
    }

    @Test
    void a_field_that_takes_several_types_fails_when_the_secret_has_none_of_them() {
        FakeNodeContext context = FakeNodeContext.create().withSecret(typed("key", "signing"));

        assertThatThrownBy(() -> context.secret("key", List.of("apiKey", "bearer", "basic")))
                .isInstanceOf(NodeFailure.class)
                .hasMessage("secret 'key' is not defined as an apiKey, bearer or basic secret");
        assertThatThrownBy(() -> context.secret("key", List.of("dburl")))
                .hasMessage("secret 'key' is not defined as a dburl secret");
    }

    @Test
    void an_earlier_version_resolves_only_for_its_own_type() {
        Secret previous = new Secret("sign", 1, "previous-value-long-enough".toCharArray(), "signing", Map.of());
        FakeNodeContext context = FakeNodeContext.create()
                .withPreviousSecret(previous)
                .withSecret(new Secret("sign", 2, "current-value-long-enough".toCharArray(), "signing", Map.of()));

        assertThat(context.secretVersion("sign", "signing", 1)).containsSame(previous);
        assertThat(context.secretVersion("sign", "dburl", 1)).isEmpty();
    }
}
