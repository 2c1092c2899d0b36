package io.dotportion.core.template;

import java.util.List;

/**
 * A parsed data path such as {@code request.body.user.name}, {@code input.0}, {@code loop.item.id} or
 * {@code create.result.insertedId}. {@code root} says where to start, {@code nodeId} names the step for
 * {@link Root#STEP}, and {@code segments} walk into the value (keys of objects, indexes of arrays).
 */
public record TemplatePath(Root root, String nodeId, List<String> segments, String text) {

    public enum Root {
        REQUEST,
        INPUT,
        LOOP,
        STEP
    }

    public TemplatePath {
        segments = List.copyOf(segments);
    }

    @Override
    public String toString() {
        return text;
    }
}
