package io.dotportion.store.embedded;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default store: mongo-java-server with its H2 backend persisting to
 * {@code <dataDir>/store.mv} (directory 700, file 600). Every acknowledged write is committed to the file
 * before the reply is sent (see {@link CommittingH2Backend}). No transactions, no change streams; only unique
 * indexes speed up queries.
 *
 * <p>{@link #start} is the store of one process: on 127.0.0.1, admitting only connections that log in with a
 * random credential made at this start ({@link #connectionString()} carries it; see {@link ClientGate}).
 * {@link #startShared} is {@code ./dotportion store}, for several instances: no credential (they connect with
 * a plain {@code mongodb://host:port}), so only the instances may be able to reach its address.
 */
public final class EmbeddedMongo implements AutoCloseable {
    /** The file name of the store inside the data directory. */
    public static final String FILE_NAME = "store.mv";
    /** The address a private store listens on, and a shared one unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    private static final String USER = "dotportion";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final ScheduledExecutorService compactor;
    private final InetSocketAddress address;
    private final String host;
    private final String password;
    private final Path file;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMongo(
            MongoServer server,
            ScheduledExecutorService compactor,
            InetSocketAddress address,
            String host,
            String password,
            Path file) {
        this.server = server;
        this.compactor = compactor;
        this.address = address;
        this.host = host;
        this.password = password;
        this.file = file;
    }

    /** Opens (or creates) the store in {@code dataDir} and listens on {@code port}; 0 picks a free port. */
    public static EmbeddedMongo start(Path dataDir, int port) {
        return start(dataDir, port, EmbeddedMongoSettings.defaults());
    }

    /** The private store of this process, on 127.0.0.1, admitting only its own credential. */
    public static EmbeddedMongo start(Path dataDir, int port, EmbeddedMongoSettings settings) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return start(dataDir, LOOPBACK, port, settings, ClientGate.withCredential(USER, password), password);
    }

    /**
     * The shared store ({@code ./dotportion store}) on {@code host}: no credential, so whoever reaches the
     * address can use it. Keep it on loopback, or on an address only the instances can reach.
     */
    public static EmbeddedMongo startShared(Path dataDir, String host, int port) {
        return startShared(dataDir, host, port, EmbeddedMongoSettings.defaults());
    }

    public static EmbeddedMongo startShared(Path dataDir, String host, int port, EmbeddedMongoSettings settings) {
        return start(dataDir, host, port, settings, ClientGate.open(), null);
    }

    private static EmbeddedMongo start(
            Path dataDir, String host, int port, EmbeddedMongoSettings settings, ClientGate gate, String password) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        OwnerOnlyFiles.directory(dataDir);
        OwnerOnlyFiles.file(file);
        CommittingH2Backend backend = new CommittingH2Backend(StoreFile.open(file.toString()), gate);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (Exception e) { // netty throws a BindException it does not declare
            server.shutdownNow();
            throw new IllegalStateException(
                    "the embedded store cannot listen on " + host + ":" + port + " ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        InetSocketAddress address = server.getLocalAddress();
        LOG.info(
                "embedded store listening on {}:{} ({}) with data in {}",
                host,
                address.getPort(),
                password == null ? "shared, no credential" : "this process only",
                file);
        return new EmbeddedMongo(server, startCompactor(backend, settings), address, host, password, file);
    }

    private static ScheduledExecutorService startCompactor(
            CommittingH2Backend backend, EmbeddedMongoSettings settings) {
        ScheduledExecutorService compactor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("embedded-store-compactor").factory());
        long intervalMs = settings.compactInterval().toMillis();
        compactor.scheduleWithFixedDelay(
                () -> compact(backend, settings), intervalMs, intervalMs, TimeUnit.MILLISECONDS);
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

    /**
     * The URL to reach this store: with the credential of a private store (never print or log it), plain for
     * a shared one.
     */
    public String connectionString() {
        String at = (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
        return password == null
                ? "mongodb://" + at
                : "mongodb://" + USER + ":" + password + "@" + at + "/?authMechanism=PLAIN&authSource=%24external";
    }

    /** The host and port, without any credential: what may be printed. */
    public String displayAddress() {
        return "mongodb://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
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
}
