package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.Project;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An old slug that still redirects is stored with its end and reserved: no other project of the owner takes it. */
class MongoProjectSlugRedirectsTest extends EmbeddedStoreTestBase {

    @Test
    void a_renamed_project_keeps_its_old_slugs_with_their_end() {
        Project shop = stores.projects().create("owner-1", "Shop", "shop");
        Instant until = now().plus(Duration.ofDays(30));

        Project renamed = stores.projects().update(renamed(shop, "store", redirect("shop", until)));

        assertThat(renamed.slug()).isEqualTo("store");
        assertThat(renamed.slugRedirects()).containsExactly(redirect("shop", until));
        assertThat(stores.projects().byId(shop.id()).orElseThrow().slugRedirects())
                .containsExactly(redirect("shop", until));
    }

    @Test
    void another_project_of_the_owner_cannot_take_an_old_slug_while_it_redirects() {
        Project shop = stores.projects().create("owner-1", "Shop", "shop");
        stores.projects().update(renamed(shop, "store", redirect("shop", now().plusSeconds(60))));
        Project other = stores.projects().create("owner-1", "Other", "other");

        assertThatThrownBy(() -> stores.projects().create("owner-1", "New", "shop"))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.field()).isEqualTo("slug"));
        assertThatThrownBy(() -> stores.projects().update(renamed(other, "shop")))
                .isInstanceOf(ConflictException.class);
        assertThat(stores.projects().create("owner-2", "Theirs", "shop").slug()).isEqualTo("shop");
    }

    @Test
    void once_the_redirect_has_ended_the_old_slug_can_be_taken() {
        Project shop = stores.projects().create("owner-1", "Shop", "shop");
        stores.projects().update(renamed(shop, "store", redirect("shop", now().plusSeconds(60))));
        Project other = stores.projects().create("owner-1", "Other", "other");
        clock.advance(Duration.ofSeconds(60));

        assertThat(stores.projects().update(renamed(other, "shop")).slug()).isEqualTo("shop");
        assertThat(stores.projects().byId(shop.id()).orElseThrow().slugRedirects())
                .isEmpty();
        assertThatThrownBy(() -> stores.projects().create("owner-1", "Again", "store"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void the_owner_takes_an_old_slug_back_and_the_other_old_slug_stays_reserved() {
        Project shop = stores.projects().create("owner-1", "Shop", "shop");
        Instant until = now().plusSeconds(600);
        Project twice = stores.projects()
                .update(renamed(
                        stores.projects().update(renamed(shop, "store", redirect("shop", until))),
                        "market",
                        redirect("shop", until),
                        redirect("store", until)));

        Project back = stores.projects().update(renamed(twice, "shop", redirect("store", until)));

        assertThat(back.slug()).isEqualTo("shop");
        assertThat(back.slugRedirects()).containsExactly(redirect("store", until));
        assertThatThrownBy(() -> stores.projects().create("owner-1", "X", "store"))
                .isInstanceOf(ConflictException.class);
        assertThat(stores.projects().create("owner-1", "Y", "market").slug()).isEqualTo("market");
    }

    @Test
    void projects_stored_before_redirects_existed_are_indexed_by_their_slug() {
        var collection = client.getDatabase(settings.databaseName()).getCollection(PlatformIndexes.PROJECTS);
        collection.insertOne(new org.bson.Document("_id", new org.bson.types.ObjectId())
                .append("ownerId", "owner-9")
                .append("name", "Old")
                .append("slug", "old"));

        ProjectDocuments.addSlugs(collection);

        assertThat(collection.find().first().getList("slugs", String.class)).containsExactly("old");
        assertThat(stores.projects().bySlug("owner-9", "old").orElseThrow().slugRedirects())
                .isEmpty();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Project.SlugRedirect redirect(String slug, Instant until) {
        return new Project.SlugRedirect(slug, until);
    }

    private static Project renamed(Project p, String slug, Project.SlugRedirect... redirects) {
        return new Project(
                p.id(),
                p.ownerId(),
                p.name(),
                slug,
                p.cors(),
                p.rateLimit(),
                p.createdAt(),
                p.updatedAt(),
                List.of(redirects),
                false);
    }
}
