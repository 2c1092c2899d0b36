package io.dotportion.nodes.mongo;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds for the clients of users' databases, so that an unreachable database fails fast and an idle one
 * costs nothing.
 *
 * @param serverSelectionTimeout how long a request waits for a usable server before "database unreachable"
 * @param connectTimeout         how long opening one connection may take
 * @param socketTimeout          how long one read may wait (above the query limit, which ends queries first)
 * @param maxPoolSize            connections per client (per secret version)
 * @param idleTimeout            a client unused this long is closed
 */
public record MongoPoolSettings(
        Duration serverSelectionTimeout,
        Duration connectTimeout,
        Duration socketTimeout,
        int maxPoolSize,
        Duration idleTimeout) {

    public MongoPoolSettings {
        positive(serverSelectionTimeout, "serverSelectionTimeout");
        positive(connectTimeout, "connectTimeout");
        positive(socketTimeout, "socketTimeout");
        positive(idleTimeout, "idleTimeout");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
    }

    /** 2 s to find a server or connect, 30 s per read, 10 connections, closed after 10 idle minutes. */
    public static MongoPoolSettings defaults() {
        return new MongoPoolSettings(
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(30), 10, Duration.ofMinutes(10));
    }

    public MongoPoolSettings withServerSelectionTimeout(Duration value) {
        return new MongoPoolSettings(value, connectTimeout, socketTimeout, maxPoolSize, idleTimeout);
    }

    public MongoPoolSettings withIdleTimeout(Duration value) {
        return new MongoPoolSettings(serverSelectionTimeout, connectTimeout, socketTimeout, maxPoolSize, value);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
