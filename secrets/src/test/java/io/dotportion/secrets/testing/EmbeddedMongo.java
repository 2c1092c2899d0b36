package io.dotportion.secrets.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVStore;

/** A mongo-java-server on a free local port (memory or H2 file backend) and clients to it. */
public final class EmbeddedMongo implements AutoCloseable {
    private final MongoServer server;
    private final MongoBackend backend;
    private final String url;
    private final List<MongoClient> clients = new ArrayList<>();

    private EmbeddedMongo(MongoBackend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        this.url = "mongodb://127.0.0.1:" + address.getPort();
    }

    public static EmbeddedMongo inMemory() {
        return new EmbeddedMongo(new MemoryBackend());
    }

    /** An H2 MVStore file without compression, so its raw bytes show whatever was stored in plaintext. */
    public static EmbeddedMongo h2File(Path file) {
        return new EmbeddedMongo(
                new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
    }

    /** A database through a new client: each call is like another process connecting. */
    public MongoDatabase newDatabase() {
        MongoClient client = MongoClients.create(url);
        clients.add(client);
        return client.getDatabase("dotportion");
    }

    @Override
    public void close() {
        clients.forEach(MongoClient::close);
        server.shutdownNow();
        backend.close();
    }
}
