package io.dotportion.store.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend made durable and consistent:
 * <ul>
 *   <li>every command that may modify data runs alone (write lock) and is followed by an MVStore
 *       commit before its reply leaves, so an acknowledged write is in the file and survives the
 *       process being killed; the store has auto-commit disabled, so no background commit can
 *       persist a half-applied command;</li>
 *   <li>reads run together (read lock), never next to a write: the server updates stored documents
 *       in place, so a read beside a write could see half an update;</li>
 *   <li>each reply is deep-copied under the lock, because it may hold the stored document objects
 *       that a later write changes in place (a {@code findAndModify} reply could otherwise show a
 *       later increment).</li>
 * </ul>
 */
final class CommittingH2Backend extends H2Backend {
    /** Commands that never change data; everything else is treated as a write. Lower case. */
    private static final Set<String> READ_ONLY = Set.of(
            "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
            "ismaster", "hello", "buildinfo", "ping", "whatsmyuri", "endsessions", "killcursors", "dbstats",
            "collstats", "serverstatus", "getlasterror", "hostinfo", "getcmdlineopts", "getparameter",
            "getfreemonitoringstatus", "getlog", "connectionstatus", "explain");

    private final MVStore mvStore;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    CommittingH2Backend(MVStore mvStore) {
        super(mvStore);
        this.mvStore = mvStore;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
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

    /**
     * Rewrites sparsely used chunks (a commit per write leaves many) and commits, so the file does not
     * keep growing; runs between commands. Returns whether anything was rewritten.
     */
    boolean compact(int targetFillRate, int writeLimitBytes) {
        lock.writeLock().lock();
        try {
            if (mvStore.isClosed()) {
                return false;
            }
            boolean rewritten = mvStore.compact(targetFillRate, writeLimitBytes);
            commitIfChanged();
            return rewritten;
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
        if (mvStore.hasUnsavedChanges()) {
            mvStore.commit();
        }
    }
}
