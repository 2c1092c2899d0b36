package io.dotportion.server.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import io.dotportion.secrets.redact.MongoErrorScrubber;
import java.util.Arrays;

/** A logged error, its causes and suppressed errors, with their messages scrubbed; the stack frames as they are. */
record ScrubbedThrowable(IThrowableProxy error, MongoErrorScrubber scrubber) implements IThrowableProxy {

    @Override
    public String getMessage() {
        return scrubber.scrub(error.getMessage());
    }

    @Override
    public String getOverridingMessage() {
        return scrubber.scrub(error.getOverridingMessage());
    }

    @Override
    public String getClassName() {
        return error.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return error.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return error.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        IThrowableProxy cause = error.getCause();
        return cause == null ? null : new ScrubbedThrowable(cause, scrubber);
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        IThrowableProxy[] suppressed = error.getSuppressed();
        return suppressed == null
                ? null
                : Arrays.stream(suppressed)
                        .map(s -> new ScrubbedThrowable(s, scrubber))
                        .toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
        return error.isCyclic();
    }
}
