package io.dotportion.store.embedded;

import java.util.function.BooleanSupplier;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * How the embedded store's MVStore file is opened and kept small, so that a process killed at any
 * moment loses no committed version.
 *
 * <p>A normal commit only ever appends its chunk after the newest one and never overwrites freed
 * space. That matters because H2 rewrites its file header only now and then: after a crash it
 * finds the newest chunk by following the header and a chain of predicted chunk positions, and
 * by scanning back from the end of the file. If a commit reuses freed space, it can overwrite a
 * chunk on that chain before the header is rewritten; a kill in that gap makes recovery settle on
 * an older version that still looks complete, and acknowledged writes disappear. A retention time
 * does not close the gap, it only delays reuse: with fewer commits per retention period than H2's
 * header refresh interval (about 20 versions) it opens again. Appending keeps the newest chunk at
 * the end of the file, where recovery always finds it.
 *
 * <p>Freed chunks are released at once (retention 0), and {@link #compact} moves the remaining
 * chunks into the holes and truncates the file. That move is H2's own procedure for crashes: it
 * writes and syncs the header before moving anything, and keeps the chunks it moves out of the
 * space it has just freed. Auto-commit is off entirely, including H2's commit when unsaved changes
 * exceed a memory limit, so only the caller commits, between whole commands.
 */
final class StoreFile {
    private StoreFile() {}

    static MVStore open(String fileName) {
        MVStore store = new MVStore.Builder()
                .fileName(fileName)
                .autoCommitDisabled()
                .autoCommitBufferSize(0)
                .open();
        store.setReuseSpace(false);
        store.setRetentionTime(0);
        return store;
    }

    /**
     * Commits, and fails unless everything was written: {@link MVStore#commit()} silently skips
     * the write while another store operation runs, and such a write must not be acknowledged.
     * Callers serialize all commits and compactions, so this never fails in practice.
     */
    static void commit(MVStore store) {
        if (store.hasUnsavedChanges()) {
            store.commit();
            if (store.hasUnsavedChanges()) {
                throw new IllegalStateException("the embedded store did not write a commit");
            }
        }
    }

    /**
     * One compaction pass; the caller must hold off every other command meanwhile. Rewrites the live
     * pages of chunks filled below {@code fillRate} percent (at most about {@code rewriteBytes}) into
     * a new chunk, appended like any commit. Then, once no more than {@code fillRate} percent of the
     * file is in use, moves the live chunks into the free space and truncates the file. The move is
     * not limited: a partial move rarely frees the end of the file, and an appending file must be
     * truncated to shrink. Its cost is at most the live data and it happens only after about as much
     * has been appended, so it adds at most about one byte moved per byte written, but a pass over a
     * large store holds up commands for a while. H2 only picks chunks to rewrite or move while space
     * may be reused, so reuse is switched on for the picking and the move and off again before
     * anything else is written. Returns whether chunks were rewritten.
     */
    static boolean compact(MVStore store, int fillRate, int rewriteBytes) {
        boolean rewritten = withSpaceReuse(store, () -> store.compact(fillRate, rewriteBytes)); // writes nothing
        commit(store);
        if (store.getFileStore() instanceof RandomAccessStore file) {
            withSpaceReuse(store, () -> {
                file.compactMoveChunks(fillRate, file.size(), store);
                return true;
            });
        }
        return rewritten;
    }

    private static boolean withSpaceReuse(MVStore store, BooleanSupplier step) {
        store.setReuseSpace(true);
        try {
            return step.getAsBoolean();
        } finally {
            store.setReuseSpace(false);
        }
    }
}
