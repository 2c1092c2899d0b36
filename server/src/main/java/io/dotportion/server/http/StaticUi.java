package io.dotportion.server.http;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the web UI (the dotportion-web jar's classpath resources) at {@code /}. Files under /assets carry a
 * content hash in their names and are cached for good; any other GET outside /v1, /api and /health without
 * a file extension is a client route and answers index.html, so that a reload of {@code /projects/x} opens
 * the app there. No ETags: nothing here answers 304. Without the UI on the classpath it serves nothing.
 */
public final class StaticUi implements HttpService {
    public static final String LOCATION = "META-INF/resources/dotportion-ui";
    private static final Logger LOG = LoggerFactory.getLogger(StaticUi.class);
    private static final List<String> RESERVED = List.of("/v1", "/api", "/health");
    private static final Pattern FILE = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9._-]{0,200}){1,8}");
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String REVALIDATE = "no-cache";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "map", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "txt", "text/plain; charset=utf-8");

    private final ClassLoader loader = StaticUi.class.getClassLoader();
    private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();
    private final Optional<byte[]> index;

    public StaticUi() {
        this.index = read("/index.html");
        if (index.isEmpty()) {
            LOG.info("web UI not on the classpath; serving the API only");
        }
    }

    @Override
    public void routing(HttpRules rules) {
        if (index.isPresent()) {
            rules.get("/", this::sendIndex).get("/*", this::serve);
        }
    }

    private void serve(ServerRequest req, ServerResponse res) {
        String path = req.path().path();
        if (reserved(path)) {
            res.next();
            return;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            sendIndex(req, res);
            return;
        }
        String type = TYPES.get(name.substring(dot + 1));
        Optional<byte[]> body = type != null && FILE.matcher(path).matches() && !path.contains("..")
                ? files.computeIfAbsent(path, this::read)
                : Optional.empty();
        if (body.isEmpty()) {
            res.next();
            return;
        }
        send(res, type, path.startsWith("/assets/") ? IMMUTABLE : REVALIDATE, body.get());
    }

    private void sendIndex(ServerRequest req, ServerResponse res) {
        send(res, TYPES.get("html"), REVALIDATE, index.orElseThrow());
    }

    private static void send(ServerResponse res, String type, String cache, byte[] body) {
        res.header(HeaderNames.CONTENT_TYPE, type);
        res.header(HeaderNames.CACHE_CONTROL, cache);
        res.header(HeaderNames.X_CONTENT_TYPE_OPTIONS, "nosniff");
        res.send(body);
    }

    static boolean reserved(String path) {
        return RESERVED.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private Optional<byte[]> read(String path) {
        try (InputStream in = loader.getResourceAsStream(LOCATION + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web UI's " + path, e);
        }
    }
}
