package io.dotportion.e2e.support;

import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real server on a free loopback port with the embedded store in a temporary directory. */
public final class RunningPlatform implements AutoCloseable {
    private final Platform platform;
    private final Path dataDir;

    private RunningPlatform(Platform platform, Path dataDir) {
        this.platform = platform;
        this.dataDir = dataDir;
    }

    public static RunningPlatform start() {
        try {
            Path dataDir = Files.createTempDirectory("dotportion-e2e-");
            return new RunningPlatform(Platform.start(PlatformConfig.forTests(dataDir).withEgressAllow("127.0.0.1")), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + platform.port() + path;
    }

    public int port() {
        return platform.port();
    }

    /** Writes the stats counted in memory so far, instead of waiting for the background flush. */
    public void flushStats() {
        platform.flushStats();
    }

    @Override
    public void close() {
        try {
            platform.close();
        } finally {
            TempDirs.delete(dataDir);
        }
    }
}
