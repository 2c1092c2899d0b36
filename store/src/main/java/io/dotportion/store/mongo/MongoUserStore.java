package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.dotportion.core.port.User;
import io.dotportion.core.port.UserStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/** Users in the {@code users} collection; emails are stored lower case. */
public final class MongoUserStore implements UserStore {
    private static final Map<String, Conflicts.Unique> UNIQUE = Map.of(
            PlatformIndexes.USERS_EMAIL, new Conflicts.Unique("email", "this email is already registered"),
            PlatformIndexes.USERS_USERNAME, new Conflicts.Unique("username", "this username is already taken"));

    private final MongoCollection<Document> users;
    private final Clock clock;

    public MongoUserStore(MongoDatabase db, Clock clock) {
        this.users = db.getCollection(PlatformIndexes.USERS);
        this.clock = clock;
    }

    @Override
    public User create(String email, String username, String passwordHash) {
        ObjectId id = new ObjectId();
        Instant now = Times.now(clock);
        String normalized = normalizeEmail(email);
        Document doc = new Document("_id", id)
                .append("email", normalized)
                .append("username", username)
                .append("passwordHash", passwordHash)
                .append("createdAt", Times.toDate(now));
        Conflicts.guard(UNIQUE, () -> users.insertOne(doc));
        return new User(Ids.hex(id), normalized, username, passwordHash, now);
    }

    @Override
    public Optional<User> byId(String id) {
        return Ids.parse(id).map(oid -> users.find(eq("_id", oid)).first()).map(MongoUserStore::toUser);
    }

    @Override
    public Optional<User> byEmail(String email) {
        return Optional.ofNullable(
                        users.find(eq("email", normalizeEmail(email))).first())
                .map(MongoUserStore::toUser);
    }

    @Override
    public Optional<User> byUsername(String username) {
        return Optional.ofNullable(users.find(eq("username", username)).first()).map(MongoUserStore::toUser);
    }

    private static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    private static User toUser(Document doc) {
        return new User(
                Ids.hex(doc.getObjectId("_id")),
                doc.getString("email"),
                doc.getString("username"),
                doc.getString("passwordHash"),
                Times.toInstant(doc.getDate("createdAt")));
    }
}
