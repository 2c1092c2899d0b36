package io.dotportion.store.secret;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** An in-memory mongo-java-server on a free port with one client, for the secret store tests. */
final class SecretTestMongo implements AutoCloseable {
    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    SecretTestMongo() {
        this.client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    MongoDatabase database() {
        return client.getDatabase("dotportion");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
