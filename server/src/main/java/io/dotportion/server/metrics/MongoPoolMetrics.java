package io.dotportion.server.metrics;

import com.mongodb.connection.ServerId;
import com.mongodb.event.ConnectionCheckOutFailedEvent;
import com.mongodb.event.ConnectionCheckedInEvent;
import com.mongodb.event.ConnectionCheckedOutEvent;
import com.mongodb.event.ConnectionClosedEvent;
import com.mongodb.event.ConnectionCreatedEvent;
import com.mongodb.event.ConnectionPoolClosedEvent;
import com.mongodb.event.ConnectionPoolCreatedEvent;
import com.mongodb.event.ConnectionPoolListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The platform client's connection pools (one per server), summed: connections open, checked out, the
 * pools' maximum size, and failed check-outs. Registered on the client when it is built.
 */
public final class MongoPoolMetrics implements ConnectionPoolListener {
    private final AtomicLong open = new AtomicLong();
    private final AtomicLong inUse = new AtomicLong();
    private final Map<ServerId, Integer> maxSizes = new ConcurrentHashMap<>();
    private final LongAdder checkOutFailures = new LongAdder();

    @Override
    public void connectionPoolCreated(ConnectionPoolCreatedEvent event) {
        maxSizes.put(event.getServerId(), event.getSettings().getMaxSize());
    }

    @Override
    public void connectionPoolClosed(ConnectionPoolClosedEvent event) {
        maxSizes.remove(event.getServerId());
    }

    @Override
    public void connectionCreated(ConnectionCreatedEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void connectionClosed(ConnectionClosedEvent event) {
        open.decrementAndGet();
    }

    @Override
    public void connectionCheckedOut(ConnectionCheckedOutEvent event) {
        inUse.incrementAndGet();
    }

    @Override
    public void connectionCheckedIn(ConnectionCheckedInEvent event) {
        inUse.decrementAndGet();
    }

    @Override
    public void connectionCheckOutFailed(ConnectionCheckOutFailedEvent event) {
        checkOutFailures.increment();
    }

    void write(PrometheusText out) {
        out.family("dotportion_mongo_pool_connections", "gauge", "Platform MongoDB connections, open and in use.");
        out.sample("dotportion_mongo_pool_connections", PrometheusText.labels("state", "open"), open.get());
        out.sample("dotportion_mongo_pool_connections", PrometheusText.labels("state", "in_use"), inUse.get());
        out.family("dotportion_mongo_pool_max_connections", "gauge", "Maximum size of the platform's MongoDB pools.");
        out.sample(
                "dotportion_mongo_pool_max_connections",
                PrometheusText.labels(),
                maxSizes.values().stream().mapToLong(Integer::longValue).sum());
        out.family(
                "dotportion_mongo_pool_checkout_failures_total",
                "counter",
                "Failed check-outs of a platform MongoDB connection.");
        out.sample("dotportion_mongo_pool_checkout_failures_total", PrometheusText.labels(), checkOutFailures.sum());
    }
}
