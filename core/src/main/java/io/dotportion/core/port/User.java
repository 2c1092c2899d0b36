package io.dotportion.core.port;

import java.time.Instant;

/** A platform user. {@code passwordHash} is an Argon2id hash string. */
public record User(String id, String email, String username, String passwordHash, Instant createdAt) {}
