package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@PlatformTest
class DataExplorerQueryTest {
    private final ApiClient api;
    private final String token;

    DataExplorerQueryTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
    }

    private String seeded(String slug) {
        String base = "/v1/projects/" + api.newProject(token, slug) + "/data/collections/people/documents";
        api.post(base, Map.of("name", "ada", "age", 36, "team", "core"), token).expect(201);
        api.post(base, Map.of("name", "bob", "age", 25, "team", "core"), token).expect(201);
        api.post(base, Map.of("name", "cy", "age", 41, "team", "ops"), token).expect(201);
        return base;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private List<Object> names(String url) {
        Map<String, Object> page = api.get(url, token).expect(200).map();
        return ((List<?>) page.get("documents"))
                .stream()
                        .map(d -> ((Map<?, ?>) d).get("name"))
                        .map(Object.class::cast)
                        .toList();
    }

    @Test
    void a_filter_narrows_the_page_and_the_total() {
        String base = seeded("filter");
        String url = base + "?filter=" + q("{\"team\":\"core\",\"age\":{\"$gte\":30}}");
        assertThat(names(url)).containsExactly("ada");
        assertThat(api.get(url, token).expect(200).map()).containsEntry("total", 1);
        assertThat(names(base + "?filter=" + q("{\"$or\":[{\"name\":\"cy\"},{\"age\":{\"$lt\":30}}]}")))
                .containsExactlyInAnyOrder("bob", "cy");
    }

    @Test
    void sort_orders_by_fields_descending_with_a_minus_and_pages_in_that_order() {
        String base = seeded("sort");
        assertThat(names(base + "?sort=-age")).containsExactly("cy", "ada", "bob");
        assertThat(names(base + "?sort=team,-age")).containsExactly("ada", "bob", "cy");
        assertThat(names(base + "?sort=age&skip=1&limit=1")).containsExactly("ada");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "filter=[1]",
                "filter={nope",
                "filter={\"$where\":\"sleep(1000)\"}",
                "filter={\"a\":{\"$expr\":1}}",
                "filter={\"$and\":[{\"a\":{\"$function\":{}}}]}",
                "filter={\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":1}}}}}}}}",
                "sort=$natural",
                "sort=a,b,c,d",
                "sort=-",
                "sort=a..b"
            })
    void a_bad_filter_or_sort_is_invalid_input(String query) {
        String base = seeded("bad" + Math.abs(query.hashCode()));
        int eq = query.indexOf('=');
        String url = base + "?" + query.substring(0, eq + 1) + q(query.substring(eq + 1));
        var response = api.get(url, token);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.map()).containsEntry("error", "INVALID_INPUT");
    }

    @Test
    void a_filter_longer_than_the_limit_is_refused() {
        String base = seeded("long");
        String filter = "{\"name\":\"" + "x".repeat(2100) + "\"}";
        assertThat(api.get(base + "?filter=" + q(filter), token).status()).isEqualTo(400);
    }
}
