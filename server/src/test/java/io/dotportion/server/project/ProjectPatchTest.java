package io.dotportion.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.Project;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a PATCH does to a project's old slugs. */
class ProjectPatchTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00.123456Z");
    private static final Duration DAYS_30 = Duration.ofDays(30);

    @Test
    void a_new_slug_leaves_the_old_one_redirecting_for_the_period_cut_to_milliseconds() {
        Project renamed = slug("new").applyTo(project("old"), NOW, DAYS_30);

        assertThat(renamed.slug()).isEqualTo("new");
        assertThat(renamed.slugRedirects())
                .containsExactly(new Project.SlugRedirect("old", Instant.parse("2026-01-31T10:00:00.123Z")));
    }

    @Test
    void a_zero_period_renames_without_a_redirect() {
        assertThat(slug("new").applyTo(project("old"), NOW, Duration.ZERO).slugRedirects())
                .isEmpty();
    }

    @Test
    void the_same_slug_or_no_slug_keeps_the_redirects_and_drops_the_ended_ones() {
        Project.SlugRedirect live = new Project.SlugRedirect("live", NOW.plusSeconds(1));
        Project.SlugRedirect ended = new Project.SlugRedirect("ended", NOW);
        Project p = project("cur", live, ended);

        assertThat(slug("cur").applyTo(p, NOW, DAYS_30).slugRedirects()).containsExactly(live);
        assertThat(new ProjectPatch("Renamed", null, null, null, null)
                        .applyTo(p, NOW, DAYS_30)
                        .slugRedirects())
                .containsExactly(live);
    }

    @Test
    void taking_an_old_slug_back_ends_its_redirect_and_starts_one_for_the_current_slug() {
        Project.SlugRedirect first = new Project.SlugRedirect("first", NOW.plusSeconds(60));

        Project back = slug("first").applyTo(project("second", first), NOW, DAYS_30);

        assertThat(back.slug()).isEqualTo("first");
        assertThat(back.slugRedirects()).extracting(Project.SlugRedirect::slug).containsExactly("second");
    }

    private static ProjectPatch slug(String slug) {
        return new ProjectPatch(null, slug, null, null, null);
    }

    private static Project project(String slug, Project.SlugRedirect... redirects) {
        return new Project(
                "p1",
                "u1",
                "P",
                slug,
                Project.Cors.disabled(),
                Project.RateLimit.disabled(),
                NOW,
                NOW,
                List.of(redirects),
                false);
    }
}
