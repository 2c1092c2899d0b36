package io.dotportion.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.Member;
import io.dotportion.core.port.Project;
import io.dotportion.store.EmbeddedStoreTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MongoMemberStoreTest extends EmbeddedStoreTestBase {
    private static final Instant AT = Instant.parse("2025-01-02T00:00:00Z");
    private MongoMemberStore members;

    @BeforeEach
    void openMembers() {
        members = new MongoMemberStore(client.getDatabase(settings.databaseName()));
    }

    @Test
    void an_untouched_project_has_its_creator_as_only_owner() {
        Project project = stores.projects().create("creator", "Shop", "shop");

        assertThat(members.list(project.id())).containsExactly(new Member("creator", "owner", project.createdAt()));
        assertThat(members.find(project.id(), "creator")).isPresent();
        assertThat(members.find(project.id(), "stranger")).isEmpty();
        assertThat(members.projectsOf("creator")).containsExactly(project);
    }

    @Test
    void an_added_member_sees_the_project_and_a_removed_creator_no_longer_does() {
        Project project = stores.projects().create("creator", "Shop", "shop");
        stores.projects().create("someone", "Other", "other");
        members.change(project.id(), list -> plus(list, new Member("guest", "owner", AT)));

        assertThat(members.projectsOf("guest")).containsExactly(project);
        members.change(
                project.id(),
                list -> list.stream().filter(m -> !m.userId().equals("creator")).toList());

        assertThat(members.projectsOf("creator")).isEmpty();
        assertThat(members.list(project.id())).containsExactly(new Member("guest", "owner", AT));
    }

    @Test
    void a_change_that_lost_a_race_is_applied_again_to_the_newer_list() {
        Project project = stores.projects().create("creator", "Shop", "shop");
        AtomicInteger calls = new AtomicInteger();
        members.change(project.id(), list -> {
            if (calls.incrementAndGet() == 1) {
                members.change(project.id(), inner -> plus(inner, new Member("racer", "viewer", AT)));
            }
            return plus(list, new Member("late", "editor", AT));
        });

        assertThat(calls).hasValue(2);
        assertThat(members.list(project.id())).extracting(Member::userId).containsExactly("creator", "racer", "late");
    }

    @Test
    void a_refusing_change_stores_nothing_and_a_missing_project_answers_empty() {
        Project project = stores.projects().create("creator", "Shop", "shop");

        assertThatThrownBy(() -> members.change(project.id(), list -> {
                    throw new ConflictException("members", "no");
                }))
                .isInstanceOf(ConflictException.class);
        assertThat(members.list(project.id())).extracting(Member::userId).containsExactly("creator");
        assertThat(members.change(Ids.newId(), list -> list)).isEmpty();
        assertThat(members.list("not-an-id")).isEmpty();
    }

    @Test
    void updating_a_project_keeps_its_members() {
        Project project = stores.projects().create("creator", "Shop", "shop");
        members.change(project.id(), list -> plus(list, new Member("guest", "viewer", AT)));
        stores.projects()
                .update(new Project(
                        project.id(),
                        "creator",
                        "Renamed",
                        "shop",
                        project.cors(),
                        project.rateLimit(),
                        project.createdAt(),
                        project.updatedAt(),
                        List.of(),
                        false));

        assertThat(members.list(project.id())).extracting(Member::userId).containsExactly("creator", "guest");
    }

    private static List<Member> plus(List<Member> list, Member member) {
        List<Member> next = new ArrayList<>(list);
        next.add(member);
        return next;
    }
}
