package io.dotportion.server.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import io.dotportion.secrets.redact.MongoErrorScrubber;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A logging event as an encoder may write it: every text it carries (the message, its template and
 * arguments, MDC and key-value values, the messages of the error and of its causes) with MongoDB connection
 * strings and {@code password=} pairs hidden. Everything else is the event's own.
 */
record ScrubbedEvent(ILoggingEvent event, MongoErrorScrubber scrubber) implements ILoggingEvent {

    @Override
    public String getFormattedMessage() {
        return scrubber.scrub(event.getFormattedMessage());
    }

    @Override
    public String getMessage() {
        return scrubber.scrub(event.getMessage());
    }

    @Override
    public Object[] getArgumentArray() {
        Object[] arguments = event.getArgumentArray();
        return arguments == null
                ? null
                : Arrays.stream(arguments).map(this::scrubbed).toArray();
    }

    @Override
    public IThrowableProxy getThrowableProxy() {
        IThrowableProxy error = event.getThrowableProxy();
        return error == null ? null : new ScrubbedThrowable(error, scrubber);
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc == null || mdc.isEmpty()) {
            return mdc;
        }
        Map<String, String> scrubbed = new LinkedHashMap<>();
        mdc.forEach((key, value) -> scrubbed.put(key, scrubber.scrub(value)));
        return scrubbed;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Map<String, String> getMdc() {
        return getMDCPropertyMap();
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        return pairs == null
                ? null
                : pairs.stream()
                        .map(pair -> new KeyValuePair(pair.key, scrubbed(pair.value)))
                        .toList();
    }

    /** Numbers and booleans as they are; anything else as its scrubbed text. */
    private Object scrubbed(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean
                ? value
                : scrubber.scrub(String.valueOf(value));
    }

    @Override
    public String getThreadName() {
        return event.getThreadName();
    }

    @Override
    public Level getLevel() {
        return event.getLevel();
    }

    @Override
    public String getLoggerName() {
        return event.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return event.getLoggerContextVO();
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return event.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return event.hasCallerData();
    }

    @Override
    public List<Marker> getMarkerList() {
        return event.getMarkerList();
    }

    @Override
    public long getTimeStamp() {
        return event.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return event.getNanoseconds();
    }

    @Override
    public long getSequenceNumber() {
        return event.getSequenceNumber();
    }

    @Override
    public void prepareForDeferredProcessing() {
        event.prepareForDeferredProcessing();
    }
}
