package io.dotportion.server.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/**
 * A service of the management API whose routes are {@link ApiRoute} definitions with their full paths: the
 * router registers them as they are, and the management API's OpenAPI document is built from the same list.
 */
public interface ApiService extends HttpService {
    List<ApiRoute> routes();

    @Override
    default void routing(HttpRules rules) {
        for (ApiRoute route : routes()) {
            rules.route(route.method(), route.path(), route.handler());
        }
    }
}
