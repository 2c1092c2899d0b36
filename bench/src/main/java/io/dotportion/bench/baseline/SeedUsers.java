package io.dotportion.bench.baseline;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Fills the load test's {@code users} collection: {@code count} users with ObjectId ids,
 * {@code user<i>@load.example}, password {@code password-<i>}, name {@code User <i>}, and a unique index on
 * {@code email}. Replaces what was there. Run:
 * {@code java -cp 'bench/target/classes:bench/target/lib/*' io.dotportion.bench.baseline.SeedUsers mongodb://127.0.0.1:N/loadtest 1000}
 */
public final class SeedUsers {
    private static final int BATCH = 500;

    private SeedUsers() {}

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SeedUsers <mongodb url with a database> <count>");
            System.exit(2);
        }
        ConnectionString url = new ConnectionString(args[0]);
        int count = Integer.parseInt(args[1]);
        try (MongoClient client = MongoClients.create(url)) {
            MongoCollection<Document> users =
                    client.getDatabase(url.getDatabase()).getCollection("users");
            users.drop();
            users.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = 1; i <= count; i++) {
                batch.add(new Document("_id", new ObjectId())
                        .append("email", "user" + i + "@load.example")
                        .append("password", "password-" + i)
                        .append("name", "User " + i));
                if (batch.size() == BATCH || i == count) {
                    users.insertMany(batch);
                    batch.clear();
                }
            }
            System.out.println("seeded " + users.countDocuments() + " users");
        }
    }
}
