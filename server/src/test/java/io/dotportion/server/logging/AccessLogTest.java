package io.dotportion.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import io.dotportion.server.support.ApiClient;
import io.helidon.webserver.WebServer;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccessLogTest {

    private static ListAppender<ILoggingEvent> served(Level level, Consumer<ApiClient> calls) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        Logger logger = context.getLogger(AccessLog.LOGGER);
        logger.setLevel(level);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        logger.addAppender(lines);
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(0)
                .shutdownHook(false)
                .routing(r -> r.addFilter(new AccessLog(logger))
                        .get("/items/{id}", (req, res) -> res.send("item"))
                        .post("/items", (req, res) -> res.status(201).send())
                        .any((req, res) -> res.status(404).send()))
                .build()
                .start();
        try {
            calls.accept(new ApiClient(server.port()));
        } finally {
            server.stop();
        }
        return lines;
    }

    @Test
    void each_request_is_one_line_with_method_path_status_and_duration() {
        ListAppender<ILoggingEvent> lines = served(Level.INFO, api -> {
            api.get("/items/7", null).expect(200);
            api.post("/items", Map.of("name", "x"), null).expect(201);
            api.get("/nothing/here", null).expect(404);
        });

        assertThat(lines.list)
                .extracting(ILoggingEvent::getFormattedMessage)
                .satisfiesExactly(
                        first -> assertThat(first).matches("GET /items/7 200 \\d+\\.\\dms"),
                        second -> assertThat(second).matches("POST /items 201 \\d+\\.\\dms"),
                        third -> assertThat(third).matches("GET /nothing/here 404 \\d+\\.\\dms"));
        Map<String, Object> fields =
                lines.list.getFirst().getKeyValuePairs().stream().collect(Collectors.toMap(p -> p.key, p -> p.value));
        assertThat(fields)
                .containsEntry("method", "GET")
                .containsEntry("path", "/items/7")
                .containsEntry("status", 200)
                .containsKey("durationMs");
    }

    @Test
    void query_values_are_never_logged_and_an_encoded_line_break_stays_encoded() {
        ListAppender<ILoggingEvent> lines = served(Level.INFO, api -> {
            api.get("/items/7?token=query-canary&page=2", null).expect(200);
            api.get("/items/a%0Ab", null);
        });

        assertThat(lines.list).hasSize(2);
        assertThat(lines.list.get(0).getFormattedMessage())
                .startsWith("GET /items/7 200")
                .doesNotContain("canary");
        assertThat(lines.list.get(0).getKeyValuePairs().toString()).doesNotContain("canary", "page");
        assertThat(lines.list.get(1).getFormattedMessage()).doesNotContain("\n").contains("/items/a%0Ab");
    }

    @Test
    void while_the_logger_is_off_requests_are_served_and_nothing_is_logged() {
        ListAppender<ILoggingEvent> lines =
                served(Level.OFF, api -> api.get("/items/7", null).expect(200));

        assertThat(lines.list).isEmpty();
    }
}
