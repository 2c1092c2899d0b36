package io.dotportion.core.port;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The members of each project. A project nobody has changed the members of has one member: its creator,
 * as owner. Changes are atomic per project: {@link #change} applies a function to the current list and
 * stores the result only if nobody changed the list in between (it retries otherwise).
 */
public interface MemberStore {

    /** The members of a project, oldest first; empty when the project does not exist. */
    List<Member> list(String projectId);

    Optional<Member> find(String projectId, String userId);

    /** Projects the user is a member of, oldest first. */
    List<Project> projectsOf(String userId);

    /**
     * Replaces the member list with {@code change.apply(current)}; the function may throw to refuse (its
     * exception passes through unchanged). Answers the stored list, or empty when the project does not exist.
     */
    Optional<List<Member>> change(String projectId, UnaryOperator<List<Member>> change);
}
