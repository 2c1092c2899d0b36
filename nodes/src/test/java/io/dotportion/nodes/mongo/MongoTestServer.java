package io.dotportion.nodes.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.egress.EgressRules;
import org.bson.Document;

/** An in-memory MongoDB (mongo-java-server) on a free local port, with a client to seed and inspect it. */
final class MongoTestServer implements AutoCloseable {
    /** The egress policy of these tests: the default rules with loopback allowed, for these local servers. */
    static final EgressPolicy LOOPBACK_ALLOWED = EgressRules.allowing("127.0.0.1");

    private final MongoServer server;
    private final int port;
    private final MongoClient client;

    MongoTestServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        port = server.getLocalAddress().getPort();
        client = MongoClients.create("mongodb://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    String url(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    MongoClient client() {
        return client;
    }

    MongoCollection<Document> collection(String database, String name) {
        return client.getDatabase(database).getCollection(name);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
