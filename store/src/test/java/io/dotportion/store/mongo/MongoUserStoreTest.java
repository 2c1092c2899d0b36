package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.User;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MongoUserStoreTest extends EmbeddedStoreTestBase {

    @Test
    void a_created_user_is_found_by_id_email_and_username() {
        User created = stores.users().create("Ada@Example.com", "ada", "argon-hash");

        assertThat(created.id()).matches("[0-9a-f]{24}");
        assertThat(created.email()).isEqualTo("ada@example.com");
        assertThat(created.createdAt()).isEqualTo(Instant.parse("2025-01-01T10:00:00.123Z"));
        assertThat(stores.users().byId(created.id())).contains(created);
        assertThat(stores.users().byEmail("ADA@example.COM")).contains(created);
        assertThat(stores.users().byUsername("ada")).contains(created);
    }

    @Test
    void a_taken_email_is_a_conflict_on_email_whatever_its_case() {
        stores.users().create("ada@example.com", "ada", "h");

        assertThatThrownBy(() -> stores.users().create("ADA@example.com", "other", "h"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"))
                .hasMessageNotContaining("ada@example.com");
    }

    @Test
    void a_taken_username_is_a_conflict_on_username() {
        stores.users().create("ada@example.com", "ada", "h");

        assertThatThrownBy(() -> stores.users().create("bob@example.com", "ada", "h"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(stores.users().byEmail("bob@example.com")).isEmpty();
    }

    @Test
    void unknown_and_malformed_ids_find_nothing() {
        assertThat(stores.users().byId(Ids.newId())).isEmpty();
        assertThat(stores.users().byId("not-an-id")).isEmpty();
        assertThat(stores.users().byId(null)).isEmpty();
        assertThat(stores.users().byEmail("nobody@example.com")).isEmpty();
        assertThat(stores.users().byUsername("nobody")).isEmpty();
    }
}
