package io.dotportion.nodes.response;

import io.dotportion.core.http.ResponseHeaderRules;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.core.value.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Ends the execution with an HTTP answer: status, body and headers, each may use templates. */
public final class ResponseNode implements NodeType<ResponseConfig> {
    public static final String ID = "response";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<ResponseConfig> configType() {
        return ResponseConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return ResponseDescriptor.DESCRIPTOR;
    }

    @Override
    public Set<String> ports() {
        return Ports.NONE;
    }

    @Override
    public List<Violation> validate(ResponseConfig config, ValidationContext context) {
        List<Violation> out = new ArrayList<>();
        validateStatus(config.status(), context, out);
        if (config.body() != null) {
            out.addAll(context.checkTemplate("body", config.body()));
        }
        Set<String> seen = new HashSet<>();
        config.headers().forEach((name, value) -> validateHeader(name, value, seen, context, out));
        return out;
    }

    @Override
    public NodeHandler compile(ResponseConfig config, CompileContext context) {
        ValueTemplate status = config.status();
        Integer fixedStatus = status == null
                ? Integer.valueOf(StatusCodes.DEFAULT)
                : status.isConstant() ? StatusCodes.parse(status.raw()).orElse(null) : null;
        List<ResponseHandler.Header> headers = new ArrayList<>();
        config.headers().forEach((name, value) -> {
            if (ResponseHeaderRules.allowed(name)) { // a version saved before a header was refused: not sent
                headers.add(new ResponseHandler.Header(name, value));
            }
        });
        return new ResponseHandler(fixedStatus, status, config.body(), headers);
    }

    private static void validateStatus(ValueTemplate status, ValidationContext context, List<Violation> out) {
        if (status == null) {
            return;
        }
        if (status.isConstant()
                && status.problems().isEmpty()
                && StatusCodes.parse(status.raw()).isEmpty()) {
            out.add(invalid(
                    "status",
                    "status must be an integer between " + StatusCodes.MIN + " and " + StatusCodes.MAX
                            + " (or a template resolving to one)"));
        }
        out.addAll(context.checkTemplate("status", status));
    }

    private static void validateHeader(
            String name, ValueTemplate value, Set<String> seen, ValidationContext context, List<Violation> out) {
        String path = "headers." + name;
        ResponseHeaderRules.refusal(name).ifPresentOrElse(reason -> out.add(invalid(path, reason)), () -> {
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                out.add(invalid(path, "header '" + name + "' is set twice (header names ignore case)"));
            }
        });
        if (value == null) {
            out.add(invalid(path, "header value is missing"));
            return;
        }
        if (value.isConstant() && !ResponseHeaderRules.validValue(Values.toText(value.raw()))) {
            out.add(invalid(
                    path,
                    "header value must be printable ASCII: no line breaks, control characters"
                            + " or characters beyond U+007E"));
        }
        out.addAll(context.checkTemplate(path, value));
    }

    private static Violation invalid(String path, String message) {
        return Violation.error(path, ViolationCode.INVALID_CONFIG, message);
    }
}
