package io.dotportion.store.embedded;

import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 backend made durable and consistent:
 * <ul>
 *   <li>every command that may modify data runs alone (write lock) and is followed by an MVStore
 *       commit before its reply leaves, also when it fails half way, so an acknowledged write is
 *       in the file and survives the process being killed (see {@link StoreFile} for why the file
 *       then always recovers to it); the store never commits on its own, so no half-applied
 *       command is persisted, and commits never overlap a compaction, so none is skipped;</li>
 *   <li>reads run together (read lock), never next to a write: the server updates stored documents
 *       in place, so a read beside a write could see half an update; this includes legacy
 *       {@code OP_QUERY} reads, which reach the backend without passing {@link #handleCommand};</li>
 *   <li>each reply is deep-copied under the lock, because it may hold the stored document objects
 *       that a later write changes in place (a {@code findAndModify} reply could otherwise show a
 *       later increment).</li>
 *   <li>a connection the {@link ClientGate} has not admitted can only say hello, ping and log in;</li>
 *   <li>a failing command is answered with its error and logged without its content (the server itself
 *       would log the whole command, request data included, at ERROR): its name and error code at DEBUG,
 *       an unexpected failure's exception class at WARN.</li>
 * </ul>
 */
final class CommittingH2Backend extends H2Backend {
    /** Commands that never change data; everything else is treated as a write. Lower case. */
    private static final Set<String> READ_ONLY = Set.of(
            "find",
            "getmore",
            "count",
            "distinct",
            "listcollections",
            "listindexes",
            "listdatabases",
            "ismaster",
            "hello",
            "buildinfo",
            "ping",
            "whatsmyuri",
            "endsessions",
            "killcursors",
            "dbstats",
            "collstats",
            "serverstatus",
            "getlasterror",
            "hostinfo",
            "getcmdlineopts",
            "getparameter",
            "getfreemonitoringstatus",
            "getlog",
            "connectionstatus",
            "explain");

    private static final Logger LOG = LoggerFactory.getLogger(CommittingH2Backend.class);

    private final MVStore mvStore;
    private final ClientGate gate;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    CommittingH2Backend(MVStore mvStore, ClientGate gate) {
        super(mvStore);
        this.mvStore = mvStore;
        this.gate = gate;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } catch (MongoServerException e) {
            int code = e instanceof MongoServerError error ? error.getCode() : -1;
            LOG.debug("embedded store: command {} failed with code {}", commandName(message), code);
            return e instanceof MongoServerError error
                    ? ClientGate.error(error.getCode(), error.getCodeName(), error.getMessageWithoutErrorCode())
                    : ClientGate.error(1, "InternalError", e.getMessageWithoutErrorCode());
        } catch (RuntimeException e) {
            LOG.warn(
                    "embedded store: command {} failed unexpectedly ({})",
                    commandName(message),
                    e.getClass().getSimpleName());
            return ClientGate.error(1, "InternalError", "the embedded store failed to run the command");
        }
    }

    private static String commandName(MongoMessage message) {
        Document document = message.getDocument();
        String name = document == null || document.isEmpty()
                ? "?"
                : document.keySet().iterator().next();
        return name.matches("[A-Za-z]{1,40}") ? name : "?";
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!gate.admitted(channel)) {
            if (ClientGate.isLogin(command)) {
                return gate.login(channel, query);
            }
            if (!ClientGate.allowedBeforeLogin(command)) {
                return ClientGate.unauthorized();
            }
        }
        boolean write = !READ_ONLY.contains(command.toLowerCase(Locale.ROOT));
        Lock held = write ? lock.writeLock() : lock.readLock();
        held.lock();
        try {
            Document response = super.handleCommand(channel, databaseName, command, query);
            return response == null ? null : response.cloneDeeply();
        } finally {
            try {
                if (write) {
                    commitIfChanged();
                }
            } finally {
                held.unlock();
            }
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        if (!gate.admitted(query.getChannel())) {
            throw new MongoServerError(13, "Unauthorized", "this query requires authentication");
        }
        lock.readLock().lock();
        try {
            QueryResult result = super.handleQuery(query);
            List<Document> copies = result.collectDocuments().stream()
                    .map(Document::cloneDeeply)
                    .toList();
            return new QueryResult(copies, result.getCursorId());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return gate.admitted(query.getChannel()) ? super.getCurrentOperations(query) : List.of();
    }

    /**
     * One compaction pass between commands (see {@link StoreFile#compact}), so that a commit per
     * write does not make the file keep growing. Returns whether chunks were rewritten.
     */
    boolean compact(int targetFillRate, int writeLimitBytes) {
        lock.writeLock().lock();
        try {
            return !mvStore.isClosed() && StoreFile.compact(mvStore, targetFillRate, writeLimitBytes);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!mvStore.isClosed()) {
                commitIfChanged();
                super.close();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void commitIfChanged() {
        StoreFile.commit(mvStore);
    }
}
