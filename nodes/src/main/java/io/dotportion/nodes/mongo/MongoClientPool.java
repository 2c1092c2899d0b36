package io.dotportion.nodes.mongo;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Clients of users' databases, one per (project, secret name, environment, version, URL fingerprint), reused
 * across requests. When a secret's newer version is first used in an environment, new requests get a new client and the previous one
 * is closed as soon as its in-flight operations finish (reference counted leases). A request still holding an
 * older version gets a client that closes when it is done. Clients unused for
 * {@link MongoPoolSettings#idleTimeout()} are closed on the next {@link #acquire} or {@link #evictIdle()}.
 * The secret's URL is revealed only here, to fingerprint it and to open a client. Every client asks the
 * {@link EgressPolicy} before it connects anywhere (see {@link TenantUrl} and {@link EgressResolver}). Thread-safe.
 */
public final class MongoClientPool implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MongoClientPool.class.getName());
    private final MongoPoolSettings settings;
    private final EgressPolicy egress;
    private final Clock clock;
    private final ClientListeners listeners;
    private final Map<ClientKey, PooledClient> clients = new HashMap<>();
    private final Map<ClientKey.Lineage, PooledClient> current = new HashMap<>();
    private boolean closed;

    public MongoClientPool(MongoPoolSettings settings, EgressPolicy egress) {
        this(settings, egress, Clock.systemUTC());
    }

    public MongoClientPool(MongoPoolSettings settings, EgressPolicy egress, Clock clock) {
        this(settings, egress, clock, ClientListeners.NONE);
    }

    /** With {@code listeners} on every client it opens (metrics, labelled by the client's project). */
    public MongoClientPool(MongoPoolSettings settings, EgressPolicy egress, Clock clock, ClientListeners listeners) {
        this.settings = settings;
        this.egress = egress;
        this.clock = clock;
        this.listeners = listeners;
    }

    /** A client for this secret; close the lease when the operation is done. */
    ClientLease acquire(String projectId, Secret secret) {
        String url = secret.reveal();
        ClientKey key = new ClientKey(
                projectId,
                secret.name(),
                secret.environment() + (secret.staged() ? "/staged" : ""),
                secret.version(),
                fingerprint(url));
        List<PooledClient> toClose = new ArrayList<>();
        try {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("the MongoDB client pool is closed");
                }
                Instant now = clock.instant();
                collectIdle(now, toClose);
                PooledClient client = clients.get(key);
                if (client == null) {
                    client = PooledClient.open(key, url, settings, egress, listeners, now);
                    clients.put(key, client);
                    LOG.log(
                            System.Logger.Level.DEBUG,
                            "opened a MongoDB client for secret ''{0}'' version {1}",
                            key.secretName(),
                            key.version());
                }
                promote(client, toClose);
                client.inFlight++;
                client.lastUsed = now;
                return new ClientLease(this, client);
            }
        } finally {
            closeAll(toClose);
        }
    }

    /**
     * Runs {@code work} on the database of a {@code mongodb} secret (the one its URL names, or {@code database}
     * when not null) with this pool's client for the secret: the data explorer's way in, the URL staying inside
     * the pool. Empty when the URL names no database and none is given.
     */
    public <T> Optional<T> withDatabase(
            String projectId, Secret secret, String database, Function<MongoDatabase, T> work) {
        try (ClientLease lease = acquire(projectId, secret)) {
            String name = database != null ? database : lease.defaultDatabase().orElse(null);
            return name == null
                    ? Optional.empty()
                    : Optional.ofNullable(work.apply(lease.client().getDatabase(name)));
        }
    }

    /** Closes clients that have been idle longer than the idle timeout; returns how many. */
    public int evictIdle() {
        List<PooledClient> toClose = new ArrayList<>();
        synchronized (this) {
            collectIdle(clock.instant(), toClose);
        }
        closeAll(toClose);
        return toClose.size();
    }

    /** How many clients are open. */
    public synchronized int openClients() {
        return clients.size();
    }

    /** Closes every client, in-flight or not. The pool cannot be used afterwards. */
    @Override
    public void close() {
        List<PooledClient> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayList<>(clients.values());
            clients.clear();
            current.clear();
        }
        closeAll(toClose);
    }

    private void promote(PooledClient client, List<PooledClient> toClose) {
        PooledClient previous = current.get(client.key.lineage());
        if (previous == client) {
            return;
        }
        if (previous == null || client.key.supersedes(previous.key)) {
            current.put(client.key.lineage(), client);
            if (previous != null) {
                previous.retired = true;
                removeIfDone(previous, toClose);
            }
        } else {
            client.retired = true;
        }
    }

    private void collectIdle(Instant now, List<PooledClient> toClose) {
        Instant cutoff = now.minus(settings.idleTimeout());
        for (PooledClient client : List.copyOf(clients.values())) {
            if (client.idleSince(cutoff)) {
                clients.remove(client.key);
                current.remove(client.key.lineage(), client);
                toClose.add(client);
            }
        }
    }

    private void removeIfDone(PooledClient client, List<PooledClient> toClose) {
        if (client.inFlight == 0 && clients.remove(client.key, client)) {
            current.remove(client.key.lineage(), client);
            toClose.add(client);
        }
    }

    void release(PooledClient client) {
        List<PooledClient> toClose = new ArrayList<>(1);
        synchronized (this) {
            client.inFlight--;
            client.lastUsed = clock.instant();
            if (client.retired) {
                removeIfDone(client, toClose);
            }
        }
        closeAll(toClose);
    }

    private static void closeAll(List<PooledClient> clients) {
        for (PooledClient client : clients) {
            try {
                client.client.close();
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "closed the MongoDB client for secret ''{0}'' version {1}",
                        client.key.secretName(),
                        client.key.version());
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "closing a MongoDB client failed: {0}",
                        e.getClass().getName());
            }
        }
    }

    private static String fingerprint(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
