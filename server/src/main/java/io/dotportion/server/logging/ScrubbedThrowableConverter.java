package io.dotportion.server.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dotportion.secrets.redact.MongoErrorScrubber;

/**
 * The {@code %scrubbedEx} conversion word of the system log: a logged exception's stack trace with every
 * MongoDB connection string and {@code password=} pair in its messages hidden.
 */
public final class ScrubbedThrowableConverter extends ThrowableProxyConverter {
    private final MongoErrorScrubber scrubber = new MongoErrorScrubber();

    @Override
    public String convert(ILoggingEvent event) {
        return scrubber.scrub(super.convert(event));
    }
}
