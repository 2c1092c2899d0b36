package io.dotportion.store.embedded;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend with one change: every command that may modify data runs alone (under a lock) and
 * is followed by an MVStore commit before its reply leaves, so an acknowledged write is in the file
 * and survives the process being killed. The store is opened with auto-commit disabled, so no
 * background commit can ever persist a half-applied command.
 */
final class CommittingH2Backend extends H2Backend {
    /** Commands that never change data; everything else is treated as a write. Lower case. */
    private static final Set<String> READ_ONLY = Set.of(
            "find", "getmore", "count", "distinct", "listcollections", "listindexes", "listdatabases",
            "ismaster", "hello", "buildinfo", "ping", "whatsmyuri", "endsessions", "killcursors", "dbstats",
            "collstats", "serverstatus", "getlasterror", "hostinfo", "getcmdlineopts", "getparameter",
            "getfreemonitoringstatus", "getlog", "connectionstatus", "explain");

    private final MVStore mvStore;
    private final ReentrantLock writeLock = new ReentrantLock();

    CommittingH2Backend(MVStore mvStore) {
        super(mvStore);
        this.mvStore = mvStore;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (READ_ONLY.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        writeLock.lock();
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            try {
                commitIfChanged();
            } finally {
                writeLock.unlock();
            }
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (!mvStore.isClosed()) {
                commitIfChanged();
                super.close();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Rewrites sparsely used chunks (a commit per write leaves many) and commits, so the file does not
     * keep growing; runs between commands. Returns whether anything was rewritten.
     */
    boolean compact(int targetFillRate, int writeLimitBytes) {
        writeLock.lock();
        try {
            if (mvStore.isClosed()) {
                return false;
            }
            boolean rewritten = mvStore.compact(targetFillRate, writeLimitBytes);
            commitIfChanged();
            return rewritten;
        } finally {
            writeLock.unlock();
        }
    }

    private void commitIfChanged() {
        if (mvStore.hasUnsavedChanges()) {
            mvStore.commit();
        }
    }
}
