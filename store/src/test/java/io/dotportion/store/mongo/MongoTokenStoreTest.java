package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ApiToken;
import io.dotportion.core.port.ConflictException;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MongoTokenStoreTest extends EmbeddedStoreTestBase {
    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00.123456Z");

    private static ApiToken token(String userId, String hash, Instant createdAt, Instant expiresAt) {
        return new ApiToken(null, userId, "cli", "personal", "read", hash, createdAt, expiresAt, false);
    }

    @Test
    void a_created_token_gets_an_id_and_is_found_by_its_hash() {
        ApiToken created = stores.tokens().create(token("u1", "hash-1", T0, T0.plusSeconds(3600)));

        assertThat(created.id()).matches("[0-9a-f]{24}");
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2025-01-01T10:00:00.123Z"));
        assertThat(stores.tokens().byHash("hash-1")).contains(created);
        assertThat(stores.tokens().byHash("hash-2")).isEmpty();
    }

    @Test
    void a_token_without_expiry_round_trips() {
        ApiToken created = stores.tokens().create(token("u1", "hash-1", T0, null));

        assertThat(stores.tokens().byHash("hash-1"))
                .get()
                .extracting(ApiToken::expiresAt)
                .isNull();
        assertThat(created.expiresAt()).isNull();
    }

    @Test
    void the_same_hash_twice_is_a_conflict() {
        stores.tokens().create(token("u1", "hash-1", T0, null));

        assertThatThrownBy(() -> stores.tokens().create(token("u2", "hash-1", T0, null)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("tokenHash"));
    }

    @Test
    void a_users_tokens_are_listed_newest_first_and_only_theirs() {
        ApiToken older = stores.tokens().create(token("u1", "h1", T0, null));
        ApiToken newer = stores.tokens().create(token("u1", "h2", T0.plusSeconds(5), null));
        stores.tokens().create(token("u2", "h3", T0, null));

        assertThat(stores.tokens().listByUser("u1")).containsExactly(newer, older);
    }

    @Test
    void revoking_marks_the_token_and_only_its_owner_can_revoke_it() {
        ApiToken created = stores.tokens().create(token("u1", "h1", T0, null));

        assertThat(stores.tokens().revoke("u2", created.id())).isFalse();
        assertThat(stores.tokens().byHash("h1"))
                .get()
                .extracting(ApiToken::revoked)
                .isEqualTo(false);

        assertThat(stores.tokens().revoke("u1", created.id())).isTrue();
        assertThat(stores.tokens().byHash("h1"))
                .get()
                .extracting(ApiToken::revoked)
                .isEqualTo(true);
    }

    @Test
    void revoking_an_unknown_or_malformed_id_is_false() {
        assertThat(stores.tokens().revoke("u1", Ids.newId())).isFalse();
        assertThat(stores.tokens().revoke("u1", "nope")).isFalse();
    }
}
