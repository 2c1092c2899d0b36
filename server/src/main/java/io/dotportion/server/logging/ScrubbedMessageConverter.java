package io.dotportion.server.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dotportion.secrets.redact.MongoErrorScrubber;

/**
 * The {@code %scrubbedMsg} conversion word of the system log: the message with every MongoDB connection
 * string and {@code password=} pair hidden, whatever logger wrote it (the MongoDB driver included).
 */
public final class ScrubbedMessageConverter extends MessageConverter {
    private final MongoErrorScrubber scrubber = new MongoErrorScrubber();

    @Override
    public String convert(ILoggingEvent event) {
        return scrubber.scrub(super.convert(event));
    }
}
