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

/** A compiled response node. {@code fixedStatus} is null when the status is a template. */
final class ResponseHandler implements NodeHandler {
    record Header(String name, ValueTemplate value) {
    }

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
        Object statusValue = fixedStatus != null ? fixedStatus : context.evaluate(status);
        Optional<Integer> code = StatusCodes.parse(statusValue);
        if (code.isEmpty()) {
            return NodeOutcome.fail(ErrorCode.EXECUTION_FAILED, "response status must be an integer between "
                    + StatusCodes.MIN + " and " + StatusCodes.MAX + ", got " + StatusCodes.describe(statusValue));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Header header : headers) {
            String text = Values.toText(context.evaluate(header.value()));
            if (!ResponseHeaderRules.validValue(text)) {
                return NodeOutcome.fail(ErrorCode.EXECUTION_FAILED, "response header '" + header.name()
                        + "' would contain a line break, a control character or a character beyond U+007E");
            }
            values.put(header.name(), text);
        }
        Object output = body == null ? context.input() : context.evaluate(body);
        return new NodeOutcome.Respond(code.get(), values, output);
    }
}
