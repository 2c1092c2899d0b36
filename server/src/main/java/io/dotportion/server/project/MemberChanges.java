package io.dotportion.server.project;

import io.dotportion.core.port.Member;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.util.ArrayList;
import java.util.List;

/** Pure changes of a member list; a project always keeps at least one owner. */
final class MemberChanges {
    private MemberChanges() {}

    static List<Member> add(List<Member> members, Member added) {
        if (members.stream().anyMatch(m -> m.userId().equals(added.userId()))) {
            throw new ApiException(ApiError.CONFLICT, "this user is already a member");
        }
        List<Member> next = new ArrayList<>(members);
        next.add(added);
        return next;
    }

    static List<Member> setRole(List<Member> members, String userId, Role role) {
        Member current = find(members, userId);
        if (role != Role.OWNER) {
            requireAnotherOwner(members, current);
        }
        return members.stream()
                .map(m -> m.userId().equals(userId) ? new Member(userId, role.text(), m.addedAt()) : m)
                .toList();
    }

    static List<Member> remove(List<Member> members, String userId) {
        requireAnotherOwner(members, find(members, userId));
        return members.stream().filter(m -> !m.userId().equals(userId)).toList();
    }

    private static Member find(List<Member> members, String userId) {
        return members.stream()
                .filter(m -> m.userId().equals(userId))
                .findFirst()
                .orElseThrow(ApiException::notFound);
    }

    private static void requireAnotherOwner(List<Member> members, Member changed) {
        boolean owner = Role.OWNER.text().equals(changed.role());
        boolean another = members.stream()
                .anyMatch(m -> !m.userId().equals(changed.userId())
                        && Role.OWNER.text().equals(m.role()));
        if (owner && !another) {
            throw new ApiException(ApiError.LAST_OWNER, "a project needs at least one owner; make another owner first");
        }
    }
}
