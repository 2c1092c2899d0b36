package io.dotportion.server.support;

import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;

/** One HTTP answer, with helpers to read its JSON body. */
public record ApiResponse(int status, Map<String, List<String>> headers, String text) {

    /** Fails with the body in the message when the status is not the expected one. */
    public ApiResponse expect(int expected) {
        if (status != expected) {
            throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + text);
        }
        return this;
    }

    public Object json() {
        return text == null || text.isEmpty() ? null : Json.parse(text);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> map() {
        return (Map<String, Object>) json();
    }

    @SuppressWarnings("unchecked")
    public List<Object> list() {
        return (List<Object>) json();
    }

    public String error() {
        return String.valueOf(map().get("error"));
    }
}
