package io.dotportion.nodes.response;

import io.dotportion.core.template.ValueTemplate;
import java.util.Map;

/**
 * The data of a response node.
 *
 * @param status  an integer 200..599, or a template resolving to one; 200 when absent
 * @param body    the response body (templates allowed); when absent the previous node's output
 * @param headers header name to value template; each value is sent as text
 */
public record ResponseConfig(ValueTemplate status, ValueTemplate body, Map<String, ValueTemplate> headers) {

    public ResponseConfig {
        headers = headers == null ? Map.of() : headers;
    }
}
