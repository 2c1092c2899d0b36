package io.dotportion.bench.baseline;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The three load-test workflows, written by hand. Each answers exactly what its workflow answers. */
final class Endpoints {
    /** The constant items of {@code items.json}'s loop: sku, quantity, unit price in cents. */
    private record Item(String sku, int qty, int price) {}

    private static final List<Item> ITEMS =
            List.of(new Item("A-1", 2, 350), new Item("B-2", 1, 1000), new Item("C-3", 5, 20));
    private static final int ADULT_AGE = 18;

    private final JsonIo json;

    Endpoints(JsonIo json) {
        this.json = json;
    }

    /** echo.json: {@code {"hello": body.name}}. */
    void echo(ServerRequest req, ServerResponse res) {
        Optional<JsonIo.Body> body = json.body(req, res);
        if (body.isEmpty()) {
            return;
        }
        Object name = body.get().value() instanceof Map<?, ?> map ? map.get("name") : null;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hello", name);
        json.send(res, 200, out);
    }

    /** adults.json: validate name and age, classify, answer 200 for adults and 403 with the years to wait. */
    void adults(ServerRequest req, ServerResponse res) {
        Optional<JsonIo.Body> body = json.body(req, res);
        if (body.isEmpty()) {
            return;
        }
        Fields fields = new Fields(body.get().value(), "body");
        String name = fields.requiredString("name", 1, 100);
        Long age = fields.requiredInteger("age", 0, 150);
        if (!fields.valid()) {
            json.invalid(res, fields.errors());
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (age >= ADULT_AGE) {
            out.put("welcome", name);
            out.put("adult", true);
            json.send(res, 200, out);
        } else {
            out.put("error", "TOO_YOUNG");
            out.put("yearsToAdult", ADULT_AGE - age);
            json.send(res, 403, out);
        }
    }

    /** items.json: validate the id path parameter, one line per item with its total, answer the lines. */
    void items(ServerRequest req, ServerResponse res) {
        Fields fields = new Fields(Map.of("id", req.path().pathParameters().get("id")), "params");
        Long id = fields.requiredInteger("id", 1, Long.MAX_VALUE);
        if (!fields.valid()) {
            json.invalid(res, fields.errors());
            return;
        }
        List<Object> lines = new ArrayList<>(ITEMS.size());
        for (Item item : ITEMS) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("sku", item.sku());
            line.put("total", item.qty() * item.price());
            lines.add(line);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("lines", lines);
        json.send(res, 200, out);
    }
}
