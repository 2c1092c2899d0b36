package io.dotportion.store.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store file as the embedded store uses it: a commit per write, compaction passes in between.
 * Documents of about 400 bytes make chunks of several blocks, which H2 writes and frees in varied
 * sizes; that is where reusing freed space used to lose committed writes after a kill.
 */
class StoreFileTest {
    private static final String PADDING = "x".repeat(400);
    private static final int COMPACT_EVERY = 10;

    @TempDir
    Path dir;

    @Test
    void a_kill_after_any_write_to_the_file_recovers_every_committed_write() throws IOException {
        List<Op> script = script(400);
        List<Map<Integer, String>> states = statesOf(script);
        Path file = dir.resolve("store.mv");
        AtomicInteger committed = new AtomicInteger();
        try (FileChanges changes = FileChanges.record(file, committed::get)) {
            MVStore store = StoreFile.open("rec:" + file);
            runWithCompaction(store, script, committed);
            store.closeImmediately(); // like a kill: no final commit, no clean-shutdown mark

            List<String> lost = new ArrayList<>();
            int crashPoints = changes.replay(dir, (image, count) -> {
                Map<Integer, String> found = recover(image, count == 0);
                if (!found.equals(states.get(count)) && !found.equals(states.get(count + 1))) {
                    lost.add("after " + count + " commits the file recovered " + describe(found, states));
                }
            });

            assertThat(crashPoints).isGreaterThan(script.size());
            assertThat(lost).isEmpty();
        }
    }

    @Test
    void compaction_keeps_a_commit_per_write_file_near_the_size_of_its_live_data() throws IOException {
        List<Op> script = script(3_000);
        Path compacted = dir.resolve("compacted.mv");
        Path appended = dir.resolve("appended.mv");

        MVStore store = StoreFile.open(compacted.toString());
        runWithCompaction(store, script, new AtomicInteger());
        store.close();
        MVStore uncompacted = StoreFile.open(appended.toString());
        MVMap<Integer, String> data = uncompacted.openMap("data");
        MVMap<String, Integer> index = uncompacted.openMap("index");
        script.forEach(op -> {
            op.applyTo(data, index);
            StoreFile.commit(uncompacted);
        });
        uncompacted.close();

        assertThat(Files.size(compacted)).isLessThan(4L << 20).isLessThan(Files.size(appended) / 5);
    }

    @Test
    void a_commit_writes_everything_and_a_store_without_changes_is_left_alone() {
        MVStore store = StoreFile.open(dir.resolve("store.mv").toString());
        MVMap<Integer, String> data = store.openMap("data");
        data.put(1, "one");
        StoreFile.commit(store);
        long version = store.getCurrentVersion();
        StoreFile.commit(store);

        assertThat(store.hasUnsavedChanges()).isFalse();
        assertThat(store.getCurrentVersion()).isEqualTo(version);
        store.close();
    }

    private static void runWithCompaction(MVStore store, List<Op> script, AtomicInteger committed) {
        MVMap<Integer, String> data = store.openMap("data");
        MVMap<String, Integer> index = store.openMap("index");
        for (int i = 0; i < script.size(); i++) {
            script.get(i).applyTo(data, index);
            StoreFile.commit(store);
            committed.set(i + 1);
            if (i % COMPACT_EVERY == COMPACT_EVERY - 1) {
                StoreFile.compact(store, 50, 1 << 20);
            }
        }
    }

    /** The recovered documents; none if the file does not open, which only a new file may do. */
    private static Map<Integer, String> recover(Path image, boolean newFile) {
        try (MVStore store = StoreFile.open(image.toString())) {
            return Map.copyOf(store.<Integer, String>openMap("data"));
        } catch (MVStoreException e) {
            return newFile ? Map.of() : Map.of(-1, "unreadable: " + e.getMessage());
        }
    }

    private static String describe(Map<Integer, String> found, List<Map<Integer, String>> states) {
        for (int count = states.size() - 1; count >= 0; count--) {
            if (states.get(count).equals(found)) {
                return "the state after " + count + " commits";
            }
        }
        return found.containsKey(-1) ? found.get(-1) : "a state that never existed";
    }

    /** A document written (value) or deleted (null value), with its unique index entry. */
    private record Op(int id, String value) {
        void applyTo(MVMap<Integer, String> data, MVMap<String, Integer> index) {
            if (value == null) {
                data.remove(id);
                index.remove("k" + id);
            } else {
                data.put(id, value);
                index.put("k" + id, id);
            }
        }
    }

    /** Inserts, updates once, and deletes an older document every seventh id. */
    private static List<Op> script(int length) {
        List<Op> ops = new ArrayList<>();
        for (int id = 0; ops.size() < length; id++) {
            ops.add(new Op(id, "0" + PADDING));
            ops.add(new Op(id, "1" + PADDING));
            if (id % 7 == 6) {
                ops.add(new Op(id - 5, null));
            }
        }
        return List.copyOf(ops.subList(0, length));
    }

    /** The documents after 0, 1, ... all operations, plus once more the final state. */
    private static List<Map<Integer, String>> statesOf(List<Op> script) {
        List<Map<Integer, String>> states = new ArrayList<>();
        Map<Integer, String> state = new HashMap<>();
        states.add(Map.copyOf(state));
        for (Op op : script) {
            if (op.value() == null) {
                state.remove(op.id());
            } else {
                state.put(op.id(), op.value());
            }
            states.add(Map.copyOf(state));
        }
        states.add(Map.copyOf(state));
        return states;
    }
}
