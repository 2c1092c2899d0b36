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
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
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

    /** Shows the figures as {@code dotportion_mongo_pool_*} gauges and a counter, read at each scrape. */
    void bindTo(MeterRegistry registry) {
        Gauge.builder("dotportion.mongo.pool.connections", open, AtomicLong::get)
                .description("Platform MongoDB connections, open and in use.")
                .tag("state", "open")
                .register(registry);
        Gauge.builder("dotportion.mongo.pool.connections", inUse, AtomicLong::get)
                .description("Platform MongoDB connections, open and in use.")
                .tag("state", "in_use")
                .register(registry);
        Gauge.builder("dotportion.mongo.pool.max.connections", maxSizes, MongoPoolMetrics::sum)
                .description("Maximum size of the platform's MongoDB pools.")
                .register(registry);
        FunctionCounter.builder("dotportion.mongo.pool.checkout.failures", checkOutFailures, LongAdder::sum)
                .description("Failed check-outs of a platform MongoDB connection.")
                .register(registry);
    }

    private static double sum(Map<ServerId, Integer> sizes) {
        return sizes.values().stream().mapToLong(Integer::longValue).sum();
    }
}
