package io.dotportion.store.embedded;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * One client of the durability test: inserts its own ids with value 0 and then increments each to 1,
 * until the store dies. It records what the store acknowledged and the one write it had sent without
 * an answer when the store died: the store may or may not have committed that one (it can die after
 * the commit and before the reply reaches the client), but nothing else may differ.
 */
final class ClientWriter implements Runnable {
    final int firstId;
    private final MongoCollection<Document> items;
    private final AtomicInteger acknowledgedWrites;
    private final Map<Integer, Integer> acknowledged = new HashMap<>();
    private int inFlightId = -1;
    private int inFlightValue;

    ClientWriter(MongoCollection<Document> items, int firstId, AtomicInteger acknowledgedWrites) {
        this.items = items;
        this.firstId = firstId;
        this.acknowledgedWrites = acknowledgedWrites;
    }

    @Override
    public void run() {
        try {
            for (int id = firstId; ; id++) {
                int inserted = id;
                write(id, 0, () -> items.insertOne(new Document("_id", inserted).append("value", 0)));
                write(id, 1, () -> items.updateOne(Filters.eq("_id", inserted), Updates.inc("value", 1)));
            }
        } catch (RuntimeException expectedOnceTheStoreIsKilled) {
            // the write in flight stays recorded as such
        }
    }

    private void write(int id, int value, Runnable send) {
        inFlightId = id;
        inFlightValue = value;
        send.run();
        acknowledged.put(id, value);
        inFlightId = -1;
        acknowledgedWrites.incrementAndGet();
    }

    /** Every acknowledged write, and nothing else. */
    Map<Integer, Integer> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** Every acknowledged write plus the unanswered one, as if the store had committed it. */
    Map<Integer, Integer> acknowledgedAndInFlight() {
        Map<Integer, Integer> state = new HashMap<>(acknowledged);
        if (inFlightId >= 0) {
            state.put(inFlightId, inFlightValue);
        }
        return Map.copyOf(state);
    }

    /** The entries of {@code found} whose ids this client writes. */
    Map<Integer, Integer> idsIn(Map<Integer, Integer> found) {
        Map<Integer, Integer> mine = new HashMap<>();
        found.forEach((id, value) -> {
            if (id >= firstId && id < firstId + 1_000_000) {
                mine.put(id, value);
            }
        });
        return Map.copyOf(mine);
    }
}
