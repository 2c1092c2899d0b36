package io.dotportion.store.mongo;

import com.mongodb.MongoServerException;
import io.dotportion.core.port.ConflictException;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a duplicate key error (code 11000, from MongoDB and from the embedded server alike) into a
 * {@link ConflictException} naming the field. The server's message (which quotes the duplicate value)
 * is never passed on.
 */
final class Conflicts {
    static final int DUPLICATE_KEY = 11000;
    private static final Pattern INDEX_NAME = Pattern.compile("index: (\\S+)");

    /** A unique index and what to tell the caller when it is hit. */
    record Unique(String field, String message) {}

    private Conflicts() {}

    static boolean isDuplicateKey(MongoServerException e) {
        return e.getCode() == DUPLICATE_KEY;
    }

    /** Runs a write; a duplicate key on one of {@code byIndex} (index name → field) becomes a conflict. */
    static <T> T guard(Map<String, Unique> byIndex, Supplier<T> write) {
        try {
            return write.get();
        } catch (MongoServerException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            Unique unique = byIndex.get(indexName(e.getMessage()));
            if (unique == null) {
                throw new ConflictException("unknown", "a unique value is already taken");
            }
            throw new ConflictException(unique.field(), unique.message());
        }
    }

    private static String indexName(String message) {
        Matcher matcher = INDEX_NAME.matcher(message == null ? "" : message);
        return matcher.find() ? matcher.group(1) : "";
    }
}
