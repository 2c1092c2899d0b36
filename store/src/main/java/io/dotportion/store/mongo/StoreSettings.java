package io.dotportion.store.mongo;

import java.time.Duration;
import java.util.Objects;

/**
 * How the platform reaches its MongoDB. Options written in the connection string (for example
 * {@code maxPoolSize} or {@code serverSelectionTimeoutMS}) win over the ones here.
 *
 * @param databaseName       the platform's own database (users, projects, workflows, executions)
 * @param executionRetention how long execution logs are kept (TTL index and retention sweeper)
 */
public record StoreSettings(
        String connectionString,
        String databaseName,
        Duration executionRetention,
        int maxPoolSize,
        Duration serverSelectionTimeout) {
    public static final String DEFAULT_DATABASE = "dotportion";
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    public StoreSettings {
        Objects.requireNonNull(connectionString, "connectionString");
        if (databaseName == null || databaseName.isBlank()) {
            throw new IllegalArgumentException("databaseName must not be blank");
        }
        if (executionRetention.isNegative() || executionRetention.isZero()) {
            throw new IllegalArgumentException("executionRetention must be positive");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be positive");
        }
        if (serverSelectionTimeout.isNegative() || serverSelectionTimeout.isZero()) {
            throw new IllegalArgumentException("serverSelectionTimeout must be positive");
        }
    }

    /** Database {@value #DEFAULT_DATABASE}, 7 days retention, a pool of 50, 5 s server selection. */
    public static StoreSettings defaults(String connectionString) {
        return new StoreSettings(connectionString, DEFAULT_DATABASE, DEFAULT_RETENTION, 50, Duration.ofSeconds(5));
    }

    public StoreSettings withDatabaseName(String name) {
        return new StoreSettings(connectionString, name, executionRetention, maxPoolSize, serverSelectionTimeout);
    }

    public StoreSettings withExecutionRetention(Duration retention) {
        return new StoreSettings(connectionString, databaseName, retention, maxPoolSize, serverSelectionTimeout);
    }
}
