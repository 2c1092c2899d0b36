package io.dotportion.server.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import io.dotportion.core.value.Json;
import io.dotportion.secrets.redact.MongoErrorScrubber;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The system log as one JSON object per line ({@code DOTPORTION_LOG_FORMAT=json}): {@code time}, {@code level},
 * {@code logger}, {@code thread}, {@code message}, {@code mdc} and {@code error} when present. The message and
 * the stack trace pass the same scrubber as the text format (connection strings and {@code password=} pairs
 * hidden); the event's raw arguments are never written on their own.
 */
public final class JsonLineLayout extends LayoutBase<ILoggingEvent> {
    private final MongoErrorScrubber scrubber = new MongoErrorScrubber();

    @Override
    public String doLayout(ILoggingEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().toString());
        line.put("logger", event.getLoggerName());
        line.put("thread", event.getThreadName());
        line.put("message", scrubber.scrub(event.getFormattedMessage()));
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null && !mdc.isEmpty()) {
            line.put("mdc", mdc);
        }
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            line.put("error", scrubber.scrub(ThrowableProxyUtil.asString(error)));
        }
        return Json.write(line) + CoreConstants.LINE_SEPARATOR;
    }
}
