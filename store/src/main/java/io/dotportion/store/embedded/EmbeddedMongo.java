package io.dotportion.store.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default store: mongo-java-server with its H2 backend persisting to
 * {@code <dataDir>/store.mv}, listening on 127.0.0.1 only. Every acknowledged write is committed to the
 * file before the reply is sent (see {@link CommittingH2Backend}). No transactions, no change streams;
 * only unique indexes speed up queries.
 */
public final class EmbeddedMongo implements AutoCloseable {
    /** The file name of the store inside the data directory. */
    public static final String FILE_NAME = "store.mv";
    private static final String HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final ScheduledExecutorService compactor;
    private final InetSocketAddress address;
    private final Path file;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMongo(MongoServer server, ScheduledExecutorService compactor, InetSocketAddress address, Path file) {
        this.server = server;
        this.compactor = compactor;
        this.address = address;
        this.file = file;
    }

    /** Opens (or creates) the store in {@code dataDir} and listens on {@code port}; 0 picks a free port. */
    public static EmbeddedMongo start(Path dataDir, int port) {
        return start(dataDir, port, EmbeddedMongoSettings.defaults());
    }

    public static EmbeddedMongo start(Path dataDir, int port, EmbeddedMongoSettings settings) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        createDirectories(dataDir);
        CommittingH2Backend backend = new CommittingH2Backend(StoreFile.open(file.toString()));
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(HOST, port);
        } catch (Exception e) { // netty throws a BindException it does not declare
            server.shutdownNow();
            throw new IllegalStateException("the embedded store cannot listen on " + HOST + ":" + port
                    + " (" + e.getMessage() + ")", e);
        }
        InetSocketAddress address = server.getLocalAddress();
        LOG.info("embedded store listening on {}:{} with data in {}", HOST, address.getPort(), file);
        return new EmbeddedMongo(server, startCompactor(backend, settings), address, file);
    }

    private static ScheduledExecutorService startCompactor(CommittingH2Backend backend, EmbeddedMongoSettings settings) {
        ScheduledExecutorService compactor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("embedded-store-compactor").factory());
        long intervalMs = settings.compactInterval().toMillis();
        compactor.scheduleWithFixedDelay(() -> compact(backend, settings), intervalMs, intervalMs, TimeUnit.MILLISECONDS);
        return compactor;
    }

    private static void compact(CommittingH2Backend backend, EmbeddedMongoSettings settings) {
        try {
            backend.compact(settings.compactFillRate(), settings.compactWriteBytes());
        } catch (RuntimeException e) {
            LOG.warn("embedded store compaction failed: {}", e.getClass().getSimpleName());
        }
    }

    public InetSocketAddress address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    public String connectionString() {
        return "mongodb://" + HOST + ":" + address.getPort();
    }

    public Path file() {
        return file;
    }

    /** Stops listening, closes client connections, commits and closes the file. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        compactor.shutdown(); // no interrupt: an interrupted file channel would close the store's file
        awaitCompactor();
        server.shutdownNow();
        LOG.info("embedded store closed ({})", file);
    }

    private void awaitCompactor() {
        try {
            if (!compactor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("embedded store compaction did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void createDirectories(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
    }
}
