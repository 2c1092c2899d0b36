package io.dotportion.server.wiring;

import io.helidon.http.PathMatcher;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.HttpService;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The routes a routing configuration registers, read by running it against a recording builder: every
 * {@code get/post/put/patch/delete(path, ...)} with the prefixes of the services it is nested in, as
 * {@code "GET /v1/projects/{id}"}. A registration the recorder cannot read (a bare {@code HttpRoute}) fails,
 * so that a new style of registration cannot slip past the API docs' check.
 */
final class RecordedRoutes implements InvocationHandler {
    private static final Set<String> VERBS =
            Set.of("get", "post", "put", "patch", "delete", "head", "options", "trace", "any");
    private static final Set<String> IGNORED =
            Set.of("addFilter", "addFeature", "error", "security", "maxReRouteCount");

    private final String prefix;
    private final List<String> routes;
    private final List<String> prefixRoutes;

    private RecordedRoutes(String prefix, List<String> routes, List<String> prefixRoutes) {
        this.prefix = prefix;
        this.routes = routes;
        this.prefixRoutes = prefixRoutes;
    }

    /** The routes with a path template, and (second) the routes matched by a path prefix, as registered. */
    record Recorded(List<String> routes, List<String> prefixRoutes) {}

    static Recorded of(Consumer<HttpRouting.Builder> configure) {
        List<String> routes = new ArrayList<>();
        List<String> prefixRoutes = new ArrayList<>();
        configure.accept(new RecordedRoutes("", routes, prefixRoutes).builder());
        return new Recorded(List.copyOf(routes), List.copyOf(prefixRoutes));
    }

    private HttpRouting.Builder builder() {
        return (HttpRouting.Builder)
                Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpRouting.Builder.class}, this);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) {
        String name = method.getName();
        switch (name) {
            case "toString" -> {
                return "routes under '" + prefix + "'";
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "equals" -> {
                return proxy == args[0];
            }
            default -> {}
        }
        if (VERBS.contains(name)) {
            if (args.length > 0 && args[0] instanceof String path) {
                routes.add(name.toUpperCase(Locale.ROOT) + " " + join(prefix, path));
            } else if (!"any".equals(name)) {
                routes.add(name.toUpperCase(Locale.ROOT) + " " + join(prefix, ""));
            }
            return proxy;
        }
        switch (name) {
            case "register" -> register(args);
            case "update" -> cast(args[0]).accept(proxy);
            case "route" -> route(args);
            default -> {
                if (!IGNORED.contains(name)) {
                    throw new UnsupportedOperationException("the route recorder cannot read " + name);
                }
            }
        }
        return proxy;
    }

    @SuppressWarnings("unchecked")
    private static Consumer<Object> cast(Object consumer) {
        return (Consumer<Object>) consumer;
    }

    private void register(Object[] args) {
        String path = args.length > 0 && args[0] instanceof String p ? p : "";
        RecordedRoutes nested = new RecordedRoutes(join(prefix, path), routes, prefixRoutes);
        for (Object arg : args) {
            services(arg).forEach(service -> service.routing(nested.builder()));
        }
    }

    private static List<HttpService> services(Object arg) {
        return switch (arg) {
            case HttpService service -> List.of(service);
            case HttpService[] array -> List.of(array);
            case Supplier<?> supplier -> services(supplier.get());
            case List<?> list ->
                list.stream().flatMap(item -> services(item).stream()).toList();
            default -> List.of();
        };
    }

    private void route(Object[] args) {
        if (args.length == 3 && args[1] instanceof PathMatcher matcher) {
            prefixRoutes.add(prefix + matcher);
        } else if (args.length == 3 && args[0] instanceof io.helidon.http.Method verb && args[1] instanceof String p) {
            routes.add(verb.text() + " " + join(prefix, p));
        } else {
            throw new UnsupportedOperationException("the route recorder cannot read this route registration");
        }
    }

    /** Helidon's join of a service prefix and a route path: {@code /v1/tokens} + {@code /} is {@code /v1/tokens}. */
    static String join(String prefix, String path) {
        String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        String joined = base + (path.equals("/") ? "" : path);
        return joined.isEmpty() ? "/" : joined;
    }
}
