package io.dotportion.secrets.vault;

import java.time.Duration;

/**
 * The vault's limits. {@code changePollInterval}: how often other processes' writes are looked for
 * (keep well under one second); {@code maxValueBytes}: largest accepted value; {@code minJwtBytes}: the
 * shortest jwt key; {@code generatedJwtBytes}: random bytes in a generated jwt key;
 * {@code maxGraceSeconds}: the longest grace window; {@code writeAttempts}: retries of a write that lost
 * a race with a concurrent writer; {@code maxEnvironments}: how many environments a project may have,
 * {@code live} and {@code test} included.
 */
public record VaultSettings(
        Duration changePollInterval,
        int maxValueBytes,
        int minJwtBytes,
        int generatedJwtBytes,
        int maxGraceSeconds,
        int writeAttempts,
        int maxEnvironments) {

    public static final int DEFAULT_MAX_ENVIRONMENTS = 8;

    public VaultSettings {
        if (changePollInterval.isNegative() || changePollInterval.isZero()) {
            throw new IllegalArgumentException("changePollInterval must be positive");
        }
        if (minJwtBytes < 32 || generatedJwtBytes < minJwtBytes || maxValueBytes < minJwtBytes) {
            throw new IllegalArgumentException("jwt keys need at least 32 bytes and must fit maxValueBytes");
        }
        if (maxGraceSeconds < 0 || writeAttempts < 1) {
            throw new IllegalArgumentException("maxGraceSeconds must be >= 0 and writeAttempts >= 1");
        }
        if (maxEnvironments < Environments.BUILT_IN.size()) {
            throw new IllegalArgumentException("maxEnvironments must count live and test");
        }
    }

    public VaultSettings withMaxEnvironments(int max) {
        return new VaultSettings(
                changePollInterval, maxValueBytes, minJwtBytes, generatedJwtBytes, maxGraceSeconds, writeAttempts, max);
    }

    public static VaultSettings defaults() {
        return new VaultSettings(
                Duration.ofMillis(250), 16 * 1024, 32, 32, 30 * 24 * 3600, 5, DEFAULT_MAX_ENVIRONMENTS);
    }
}
