package io.dotportion.store.embedded;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Who may use the embedded store. A private store (the one {@code serve} runs in its own process) admits a
 * connection only after it logged in with the store's credential, a random user and password made at each
 * start and known only to the process: SASL {@code PLAIN} (mongo-java-server has no authentication of its own,
 * so the store answers {@code saslStart} itself), over loopback only. Before that, a connection may only say
 * hello (the driver's monitor never logs in) or ping. A shared store ({@code ./dotportion store}) admits
 * everyone: it is reachable only by whoever can reach its address, which is why it listens on loopback unless
 * told otherwise and why the egress policy refuses it to tenants.
 */
final class ClientGate {
    private static final AttributeKey<Boolean> ADMITTED = AttributeKey.valueOf("dotportion.store.admitted");
    private static final Set<String> BEFORE_LOGIN = Set.of("hello", "ismaster", "ping");
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;

    private final byte[] credential;

    private ClientGate(byte[] credential) {
        this.credential = credential;
    }

    static ClientGate open() {
        return new ClientGate(null);
    }

    /** Admits connections that log in as {@code user} with {@code password} (SASL PLAIN). */
    static ClientGate withCredential(String user, String password) {
        return new ClientGate((user + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }

    boolean admitted(Channel channel) {
        return credential == null || Boolean.TRUE.equals(channel.attr(ADMITTED).get());
    }

    /** True when {@code command} may run on a connection that has not logged in. */
    static boolean allowedBeforeLogin(String command) {
        return BEFORE_LOGIN.contains(command.toLowerCase(Locale.ROOT));
    }

    static boolean isLogin(String command) {
        return command.equalsIgnoreCase("saslStart");
    }

    /** Answers {@code saslStart}: PLAIN with the store's credential admits the connection, anything else fails. */
    Document login(Channel channel, Document command) {
        if (credential != null
                && "PLAIN".equals(command.get("mechanism"))
                && command.get("payload") instanceof BinData payload
                && matches(payload.getData())) {
            channel.attr(ADMITTED).set(Boolean.TRUE);
            Document reply = new Document();
            reply.put("conversationId", 1);
            reply.put("done", true);
            reply.put("payload", new BinData(new byte[0]));
            reply.put("ok", 1.0);
            return reply;
        }
        return error(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
    }

    static Document unauthorized() {
        return error(UNAUTHORIZED, "Unauthorized", "this command requires authentication");
    }

    private boolean matches(byte[] payload) {
        int first = indexOf(payload, 0);
        if (first < 0) {
            return false;
        }
        return MessageDigest.isEqual(Arrays.copyOfRange(payload, first + 1, payload.length), credential);
    }

    private static int indexOf(byte[] bytes, int value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    static Document error(int code, String codeName, String message) {
        Document reply = new Document();
        reply.put("ok", 0.0);
        reply.put("errmsg", message);
        reply.put("code", code);
        reply.put("codeName", codeName);
        return reply;
    }
}
