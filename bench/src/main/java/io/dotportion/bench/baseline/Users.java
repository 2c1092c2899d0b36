package io.dotportion.bench.baseline;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/**
 * The {@code users} collection of the load test's MongoDB, read with the sync driver. The client gets the
 * settings the product's mongodb node gives its clients (10 connections, 2 s to select a server or connect,
 * 30 s per read), so both wait on the database the same way.
 */
final class Users implements AutoCloseable {
    /** One user as login reads it. */
    record Login(String id, String email, String password) {}

    private static final Bson PROFILE =
            Projections.fields(Projections.excludeId(), Projections.include("email", "name"));
    private final MongoClient client;
    private final MongoCollection<Document> users;

    Users(String url) {
        ConnectionString connection = new ConnectionString(url);
        if (connection.getDatabase() == null) {
            throw new IllegalArgumentException("the MongoDB URL names no database");
        }
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(connection)
                .applicationName("baseline")
                .applyToClusterSettings(b -> b.serverSelectionTimeout(2, TimeUnit.SECONDS))
                .applyToSocketSettings(
                        b -> b.connectTimeout(2, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS))
                .applyToConnectionPoolSettings(b -> b.minSize(0).maxSize(10).maxWaitTime(2, TimeUnit.SECONDS))
                .build());
        users = client.getDatabase(connection.getDatabase()).getCollection("users");
    }

    Optional<Login> byEmail(String email) {
        Document found = users.find(Filters.eq("email", email)).limit(1).first();
        if (found == null) {
            return Optional.empty();
        }
        Object id = found.get("_id");
        return Optional.of(new Login(
                id instanceof ObjectId oid ? oid.toHexString() : String.valueOf(id),
                found.getString("email"),
                found.get("password") instanceof String p ? p : null));
    }

    /** {@code {email, name}} of the user with this id (a 24-hex id matches an ObjectId), or empty. */
    Optional<Document> profile(String id) {
        Object key = ObjectId.isValid(id) ? new ObjectId(id) : id;
        return Optional.ofNullable(
                users.find(Filters.eq("_id", key)).projection(PROFILE).limit(1).first());
    }

    @Override
    public void close() {
        client.close();
    }
}
