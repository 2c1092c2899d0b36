package io.dotportion.server.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.dotportion.secrets.redact.MongoErrorScrubber;

/**
 * The system log as one JSON object per line ({@code DOTPORTION_LOG_FORMAT=json}): logback's own {@link JsonEncoder}
 * (its field names and its structured errors), fed a {@link ScrubbedEvent}, so every text it writes has
 * MongoDB connection strings and {@code password=} pairs hidden, as the text format's converters do.
 * Which fields it writes is set in logback.xml ({@code withArguments}, {@code withContext}, ...).
 */
public class ScrubbedJsonEncoder extends JsonEncoder {
    private final MongoErrorScrubber scrubber = new MongoErrorScrubber();

    @Override
    public byte[] encode(ILoggingEvent event) {
        return super.encode(new ScrubbedEvent(event, scrubber));
    }
}
