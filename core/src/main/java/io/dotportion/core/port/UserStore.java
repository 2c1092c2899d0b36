package io.dotportion.core.port;

import java.util.Optional;

public interface UserStore {

    /** Creates a user; throws {@link ConflictException} when the email or username is taken. */
    User create(String email, String username, String passwordHash);

    Optional<User> byId(String id);

    /** Lookup by lowercase email. */
    Optional<User> byEmail(String email);

    Optional<User> byUsername(String username);
}
