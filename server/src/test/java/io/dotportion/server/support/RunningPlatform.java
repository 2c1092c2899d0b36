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
 * goes when it closes. Started by {@link PlatformExtension}; tests get it (or its parts) as parameters.
 */
public final class RunningPlatform implements AutoCloseable {
    private final Platform platform;
    private final Path dataDir;
    private final TestClock clock;
    private final ApiClient api;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RunningPlatform(Platform platform, Path dataDir, TestClock clock) {
        this.platform = platform;
        this.dataDir = dataDir;
        this.clock = clock;
        this.api = new ApiClient(platform.port());
    }

    /** Starts on {@code clock} with {@link PlatformConfig#forTests} changed by {@code config}. */
    public static RunningPlatform start(UnaryOperator<PlatformConfig> config, TestClock clock) {
        Path dataDir = newDataDir();
        try {
            return new RunningPlatform(Platform.start(config.apply(PlatformConfig.forTests(dataDir)), clock), dataDir, clock);
        } catch (RuntimeException | Error e) {
            delete(dataDir);
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
        return dataDir;
    }

    public TestClock clock() {
        return clock;
    }

    public ApiClient api() {
        return api;
    }

    /** Writes the stats counted in memory so far, instead of waiting for the background flush. */
    public void flushStats() {
        platform.flushStats();
    }

    /** Stops the platform and removes its data directory; a second call does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                platform.close();
            } finally {
                delete(dataDir);
            }
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
