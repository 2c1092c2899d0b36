package io.dotportion.nodes.response;

import io.dotportion.core.http.ResponseHeaderRules;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.core.value.Values;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled response node. {@code fixedStatus} is null when the status is a template; otherwise it was checked
 * at deploy time.
 */
final class ResponseHandler implements NodeHandler {
    record Header(String name, ValueTemplate value) {}

    private final Integer fixedStatus;
    private final ValueTemplate status;
    private final ValueTemplate body;
    private final List<Header> headers;

    ResponseHandler(Integer fixedStatus, ValueTemplate status, ValueTemplate body, List<Header> headers) {
        this.fixedStatus = fixedStatus;
        this.status = status;
        this.body = body;
        this.headers = List.copyOf(headers);
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        int code;
        if (fixedStatus != null) {
            code = fixedStatus;
        } else {
            Object statusValue = context.evaluate(status);
            Optional<Integer> parsed = StatusCodes.parse(statusValue);
            if (parsed.isEmpty()) {
                return NodeOutcome.fail(
                        ErrorCode.EXECUTION_FAILED,
                        "response status must be an integer between " + StatusCodes.MIN + " and " + StatusCodes.MAX
                                + ", got " + StatusCodes.describe(statusValue));
            }
            code = parsed.get();
        }
        Object output = body == null ? context.input() : context.evaluate(body);
        if (headers.isEmpty()) {
            return new NodeOutcome.Respond(code, Map.of(), output);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Header header : headers) {
            String text = Values.toText(context.evaluate(header.value()));
            if (!ResponseHeaderRules.validValue(text)) {
                return NodeOutcome.fail(
                        ErrorCode.EXECUTION_FAILED,
                        "response header '" + header.name()
                                + "' would contain a line break, a control character or a character beyond U+007E");
            }
            values.put(header.name(), text);
        }
        return new NodeOutcome.Respond(code, values, output);
    }
}
