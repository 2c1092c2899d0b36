package io.dotportion.server.support;

import io.dotportion.core.testing.TestClock;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The real server on a free loopback port, with the embedded store in a fresh temporary data directory that
 * goes when it closes (or, when asked, the store served on a port of its own for the test to read). Started by
 * {@link PlatformExtension}; tests get it (or its parts) as parameters.
 */
public final class RunningPlatform implements AutoCloseable {
    private final Platform platform;
    private final PlatformConfig config;
    private final ServedStore store;
    private final TestClock clock;
    private final ApiClient api;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean handedOver = new AtomicBoolean();

    private RunningPlatform(PlatformConfig config, ServedStore store, TestClock clock) {
        this.platform = Platform.start(config, clock);
        this.config = config;
        this.store = store;
        this.clock = clock;
        this.api = new ApiClient(platform.port());
    }

    /** Starts on {@code clock} with {@link PlatformConfig#forTests} changed by {@code config}. */
    public static RunningPlatform start(UnaryOperator<PlatformConfig> config, TestClock clock) {
        return start(config, clock, false);
    }

    /** As {@link #start(UnaryOperator, TestClock)}; with {@code servedStore} the store is {@link #store()}. */
    public static RunningPlatform start(UnaryOperator<PlatformConfig> config, TestClock clock, boolean servedStore) {
        Path dataDir = newDataDir();
        ServedStore store = null;
        try {
            store = servedStore ? ServedStore.start(dataDir.resolve("store")) : null;
            PlatformConfig base = PlatformConfig.forTests(dataDir);
            return new RunningPlatform(
                    config.apply(store == null ? base : base.withMongoUrl(store.connectionString())), store, clock);
        } catch (RuntimeException | Error e) {
            try (ServedStore started = store) {
                delete(dataDir);
            }
            throw e;
        }
    }

    public Platform platform() {
        return platform;
    }

    public int port() {
        return platform.port();
    }

    public URI uri() {
        return URI.create(url(""));
    }

    public String url(String path) {
        return "http://127.0.0.1:" + platform.port() + path;
    }

    public Path dataDir() {
        return config.dataDir();
    }

    public TestClock clock() {
        return clock;
    }

    public ApiClient api() {
        return api;
    }

    /** The store the platform uses, served on a port of its own; only for a platform started with one. */
    public ServedStore store() {
        if (store == null) {
            throw new IllegalStateException("this platform's store is not served; ask for servedStore()");
        }
        return store;
    }

    /** Writes the stats counted in memory so far, instead of waiting for the background flush. */
    public void flushStats() {
        platform.flushStats();
    }

    /**
     * Stops this platform and starts another one on the same data directory (and store), settings and clock, to
     * see what survives a restart; the new one cleans up when it closes, this one then only stops.
     */
    public RunningPlatform restart() {
        stop();
        handedOver.set(true);
        return new RunningPlatform(config, store, clock);
    }

    /** Stops the platform and keeps its data directory (to read what it left there); a second call does nothing. */
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            platform.close();
        }
    }

    /** Stops the platform and removes its store and data directory. */
    @Override
    public void close() {
        if (handedOver.get()) {
            stop();
            return;
        }
        try (ServedStore served = store) {
            stop();
        } finally {
            delete(config.dataDir());
        }
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("dotportion-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
