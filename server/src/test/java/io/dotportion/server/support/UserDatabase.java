package io.dotportion.server.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.BinData;
import io.netty.channel.Channel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * A user's own MongoDB for tests: mongo-java-server (memory) on a free port that checks passwords. The
 * driver authenticates with SASL PLAIN ({@code authMechanism=PLAIN}); a wrong password is refused like a
 * real server refuses it. A raw client (no credentials) seeds and inspects the data.
 */
public final class UserDatabase implements AutoCloseable {
    private final Set<String> accounts = ConcurrentHashMap.newKeySet();
    private final MongoServer server;
    private final int port;
    private final MongoClient raw;

    public UserDatabase() {
        server = new MongoServer(new PlainAuthBackend(accounts));
        server.bind("127.0.0.1", 0);
        port = server.getLocalAddress().getPort();
        raw = MongoClients.create("mongodb://127.0.0.1:" + port);
    }

    /** Accepts {@code user}/{@code password} from now on; returns the URL that logs in with them. */
    public String account(String user, String password, String database) {
        accounts.add(user + "\0" + password);
        return url(user, password, database);
    }

    /** Refuses {@code user}/{@code password} from now on. */
    public void revoke(String user, String password) {
        accounts.remove(user + "\0" + password);
    }

    /** A URL with these credentials (accepted or not). */
    public String url(String user, String password, String database) {
        return "mongodb://" + encode(user) + ":" + encode(password) + "@127.0.0.1:" + port + "/" + database
                + "?authMechanism=PLAIN&authSource=%24external";
    }

    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public int port() {
        return port;
    }

    public MongoCollection<Document> collection(String database, String name) {
        return raw.getDatabase(database).getCollection(name);
    }

    @Override
    public void close() {
        raw.close();
        server.shutdownNow();
    }

    /** Answers {@code saslStart} for PLAIN: done when "authzid\0user\0password" names an account. */
    private static final class PlainAuthBackend extends MemoryBackend {
        private final Set<String> accounts;

        PlainAuthBackend(Set<String> accounts) {
            this.accounts = accounts;
        }

        @Override
        public de.bwaldvogel.mongo.bson.Document handleCommand(
                Channel channel, String database, String command, de.bwaldvogel.mongo.bson.Document query) {
            if (!command.equalsIgnoreCase("saslStart")) {
                return super.handleCommand(channel, database, command, query);
            }
            de.bwaldvogel.mongo.bson.Document reply = new de.bwaldvogel.mongo.bson.Document();
            if (query.get("payload") instanceof BinData payload && accepted(payload.getData())) {
                reply.put("conversationId", 1);
                reply.put("done", true);
                reply.put("payload", new BinData(new byte[0]));
                reply.put("ok", 1.0);
            } else {
                reply.put("ok", 0.0);
                reply.put("errmsg", "Authentication failed.");
                reply.put("code", 18);
                reply.put("codeName", "AuthenticationFailed");
            }
            return reply;
        }

        private boolean accepted(byte[] payload) {
            String text = new String(payload, StandardCharsets.UTF_8);
            int first = text.indexOf('\0');
            return first >= 0 && accounts.contains(text.substring(first + 1));
        }
    }
}
