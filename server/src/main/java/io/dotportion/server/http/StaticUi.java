package io.dotportion.server.http;

import io.helidon.common.media.type.MediaTypes;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the web UI (the dotportion-web jar's classpath resources) at {@code /}. A GET of a client route
 * (no file extension, outside /v1, /api and /health) answers the UI's index.html so that a reload of
 * {@code /projects/x} opens the app there. Without the UI on the classpath it serves nothing.
 */
public final class StaticUi implements HttpService {
    public static final String LOCATION = "META-INF/resources/dotportion-ui";
    private static final Logger LOG = LoggerFactory.getLogger(StaticUi.class);
    private static final String INDEX = "index.html";
    private static final List<String> RESERVED = List.of("/v1", "/api", "/health");

    private final Optional<byte[]> index;

    public StaticUi() {
        this.index = readIndex();
        if (index.isEmpty()) {
            LOG.info("web UI not on the classpath; serving the API only");
        }
    }

    @Override
    public void routing(HttpRules rules) {
        if (index.isEmpty()) {
            return;
        }
        rules.register("/", StaticContentFeature.createService(ClasspathHandlerConfig.builder()
                        .location(LOCATION)
                        .welcome(INDEX)
                        .build()))
                .get("/*", this::clientRoute);
    }

    private void clientRoute(ServerRequest req, ServerResponse res) {
        String path = req.path().path();
        if (reserved(path) || lastSegment(path).contains(".")) {
            res.next();
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, MediaTypes.TEXT_HTML.text());
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(index.orElseThrow());
    }

    static boolean reserved(String path) {
        return RESERVED.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Optional<byte[]> readIndex() {
        try (InputStream in = StaticUi.class.getClassLoader().getResourceAsStream(LOCATION + "/" + INDEX)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web UI's index.html", e);
        }
    }
}
