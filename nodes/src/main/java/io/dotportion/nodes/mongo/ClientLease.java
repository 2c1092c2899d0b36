package io.dotportion.nodes.mongo;

import com.mongodb.client.MongoClient;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** One execution's use of a pooled client. Closing it more than once has no further effect. */
final class ClientLease implements AutoCloseable {
    private final MongoClientPool pool;
    private final PooledClient client;
    private final AtomicBoolean released = new AtomicBoolean();

    ClientLease(MongoClientPool pool, PooledClient client) {
        this.pool = pool;
        this.client = client;
    }

    MongoClient client() {
        return client.client;
    }

    /** The database named in the secret's URL, if any. */
    Optional<String> defaultDatabase() {
        return client.defaultDatabase;
    }

    /** True once the egress policy refused a connection of this client. */
    boolean egressRefused() {
        return client.resolver.refusedOnce();
    }

    @Override
    public void close() {
        if (released.compareAndSet(false, true)) {
            pool.release(client);
        }
    }
}
