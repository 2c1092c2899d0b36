package io.dotportion.server.http;

import io.helidon.http.Method;
import io.helidon.webserver.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One route of the management API, in one place: method, full path, handler, and what the OpenAPI document
 * says of it (summary, who may call it, the body it reads, its answers per status, the error codes it adds to
 * the ones every route can answer). Built fluently: {@code ApiRoute.get("/v1/tokens", this::list)
 * .summary("...").access(Access.SIGNED_IN).answer(200, "the tokens", Shape.listOf(TokenView.class))}.
 */
public record ApiRoute(
        Method method,
        String path,
        Handler handler,
        String summary,
        Access access,
        Shape body,
        List<Answer> answers,
        List<ApiError> errors) {

    /** One answer of a route: its status, what it means and the body it carries. */
    public record Answer(int status, String description, Shape body) {}

    public ApiRoute {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        answers = List.copyOf(answers);
        errors = List.copyOf(errors);
    }

    public static ApiRoute get(String path, Handler handler) {
        return of(Method.GET, path, handler);
    }

    public static ApiRoute post(String path, Handler handler) {
        return of(Method.POST, path, handler);
    }

    public static ApiRoute put(String path, Handler handler) {
        return of(Method.PUT, path, handler);
    }

    public static ApiRoute patch(String path, Handler handler) {
        return of(Method.PATCH, path, handler);
    }

    public static ApiRoute delete(String path, Handler handler) {
        return of(Method.DELETE, path, handler);
    }

    private static ApiRoute of(Method method, String path, Handler handler) {
        return new ApiRoute(method, path, handler, "", Access.SIGNED_IN, new Shape.None(), List.of(), List.of());
    }

    public ApiRoute summary(String text) {
        return new ApiRoute(method, path, handler, text, access, body, answers, errors);
    }

    public ApiRoute access(Access who) {
        return new ApiRoute(method, path, handler, summary, who, body, answers, errors);
    }

    /** The JSON body the route reads. */
    public ApiRoute body(Shape shape) {
        return new ApiRoute(method, path, handler, summary, access, shape, answers, errors);
    }

    public ApiRoute body(Class<?> type) {
        return body(Shape.of(type));
    }

    public ApiRoute answer(int status, String description, Shape shape) {
        List<Answer> more = new ArrayList<>(answers);
        more.add(new Answer(status, description, shape));
        return new ApiRoute(method, path, handler, summary, access, body, more, errors);
    }

    public ApiRoute answer(int status, String description, Class<?> type) {
        return answer(status, description, Shape.of(type));
    }

    /** 204 No Content. */
    public ApiRoute noContent(String description) {
        return answer(204, description, new Shape.None());
    }

    /** Error codes this route answers besides the ones every route can (see the spec's common errors). */
    public ApiRoute errors(ApiError... codes) {
        return new ApiRoute(
                method,
                path,
                handler,
                summary,
                access,
                body,
                answers,
                Stream.concat(errors.stream(), Stream.of(codes)).toList());
    }

    /** True when the route reads a JSON body. */
    public boolean readsBody() {
        return !(body instanceof Shape.None);
    }
}
