package io.dotportion.store.mongo;

import java.util.Optional;
import org.bson.types.ObjectId;

/** Platform ids are ObjectId hex strings; anything else simply matches nothing. */
public final class Ids {
    private Ids() {}

    /** A fresh id, for callers that must know an id before the record is stored (executions). */
    public static String newId() {
        return new ObjectId().toHexString();
    }

    static Optional<ObjectId> parse(String id) {
        return id != null && ObjectId.isValid(id) ? Optional.of(new ObjectId(id)) : Optional.empty();
    }

    static String hex(ObjectId id) {
        return id.toHexString();
    }
}
