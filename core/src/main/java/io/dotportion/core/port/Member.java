package io.dotportion.core.port;

import java.time.Instant;

/** One user's role in one project ({@code owner}, {@code editor} or {@code viewer}). */
public record Member(String userId, String role, Instant addedAt) {}
