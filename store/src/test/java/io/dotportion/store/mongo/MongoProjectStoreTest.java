package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.Project;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class MongoProjectStoreTest extends EmbeddedStoreTestBase {

    @Test
    void a_created_project_is_found_by_id_and_by_owner_and_slug() {
        Project created = stores.projects().create("owner-1", "Shop", "shop");

        assertThat(created.cors()).isEqualTo(Project.Cors.disabled());
        assertThat(created.rateLimit()).isEqualTo(Project.RateLimit.disabled());
        assertThat(stores.projects().byId(created.id())).contains(created);
        assertThat(stores.projects().bySlug("owner-1", "shop")).contains(created);
        assertThat(stores.projects().bySlug("owner-2", "shop")).isEmpty();
    }

    @Test
    void an_owner_cannot_have_two_projects_with_one_slug() {
        stores.projects().create("owner-1", "Shop", "shop");

        assertThatThrownBy(() -> stores.projects().create("owner-1", "Other shop", "shop"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("slug"));
    }

    @Test
    void two_owners_may_use_the_same_slug() {
        Project first = stores.projects().create("owner-1", "Shop", "shop");
        Project second = stores.projects().create("owner-2", "Shop", "shop");

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void an_owners_projects_are_listed_oldest_first_and_only_theirs() {
        Project first = stores.projects().create("owner-1", "A", "a");
        clock.advance(Duration.ofSeconds(1));
        Project second = stores.projects().create("owner-1", "B", "b");
        stores.projects().create("owner-2", "C", "c");

        assertThat(stores.projects().listByOwner("owner-1")).containsExactly(first, second);
    }

    @Test
    void update_replaces_name_slug_cors_and_rate_limit() {
        Project created = stores.projects().create("owner-1", "Shop", "shop");
        clock.advance(Duration.ofMinutes(1));
        Project.Cors cors = new Project.Cors(true, List.of("https://a.example"), List.of("GET"), List.of("X-Key"));
        Project.RateLimit limit = new Project.RateLimit(true, 1000, 5, "slow down", false, true);

        Project updated = stores.projects()
                .update(new Project(
                        created.id(),
                        "ignored-owner",
                        "Store",
                        "store",
                        cors,
                        limit,
                        created.createdAt(),
                        created.updatedAt(),
                        List.of(),
                        false));

        assertThat(updated)
                .isEqualTo(new Project(
                        created.id(),
                        "owner-1",
                        "Store",
                        "store",
                        cors,
                        limit,
                        created.createdAt(),
                        created.updatedAt().plus(Duration.ofMinutes(1)),
                        List.of(),
                        false));
        assertThat(stores.projects().byId(created.id())).contains(updated);
    }

    @Test
    void update_to_a_slug_the_owner_already_uses_is_a_conflict() {
        stores.projects().create("owner-1", "Shop", "shop");
        Project other = stores.projects().create("owner-1", "Blog", "blog");

        assertThatThrownBy(() -> stores.projects()
                        .update(new Project(
                                other.id(),
                                "owner-1",
                                "Blog",
                                "shop",
                                other.cors(),
                                other.rateLimit(),
                                other.createdAt(),
                                other.updatedAt(),
                                List.of(),
                                false)))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("slug"));
        assertThat(stores.projects().byId(other.id()))
                .get()
                .extracting(Project::slug)
                .isEqualTo("blog");
    }

    @Test
    void updating_a_missing_project_fails() {
        Project ghost = new Project(
                Ids.newId(),
                "o",
                "n",
                "s",
                Project.Cors.disabled(),
                Project.RateLimit.disabled(),
                null,
                null,
                List.of(),
                false);

        assertThatThrownBy(() -> stores.projects().update(ghost)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void delete_removes_the_project_once() {
        Project created = stores.projects().create("owner-1", "Shop", "shop");

        assertThat(stores.projects().delete(created.id())).isTrue();
        assertThat(stores.projects().delete(created.id())).isFalse();
        assertThat(stores.projects().byId(created.id())).isEmpty();
        assertThat(stores.projects().delete("malformed")).isFalse();
    }
}
