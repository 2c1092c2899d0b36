package io.dotportion.server.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Captures the system log (every event the root logger sees, at INFO and above for every logger, the
 * MongoDB driver, Helidon and the embedded store included; java.util.logging and System.Logger records at
 * INFO and above) and everything written to System.out and System.err, while still passing it on.
 */
public final class LogCapture implements AutoCloseable {
    private static final List<String> NOISY =
            List.of("org.mongodb.driver", "io.helidon", "de.bwaldvogel", "io.dotportion");

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root;
    private final Level rootLevel;
    private final Map<String, Level> levels = new HashMap<>();
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    private final java.util.logging.Level julLevel = julRoot.getLevel();
    private final java.util.logging.Handler jul = new java.util.logging.Handler() {
        private final java.util.logging.Formatter formatter = new java.util.logging.SimpleFormatter();

        @Override
        public void publish(java.util.logging.LogRecord record) {
            byte[] line = formatter.format(record).getBytes(StandardCharsets.UTF_8);
            synchronized (console) {
                console.write(line, 0, line.length);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private LogCapture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        for (String name : NOISY) {
            Logger logger = context.getLogger(name);
            levels.put(name, logger.getLevel());
            logger.setLevel(Level.INFO);
        }
        root.setLevel(Level.INFO);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        jul.setLevel(java.util.logging.Level.ALL);
        julRoot.addHandler(jul);
        julRoot.setLevel(java.util.logging.Level.INFO);
        System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    private OutputStream tee(OutputStream original) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (console) {
                    console.write(b);
                }
                try {
                    original.write(b);
                } catch (java.io.IOException ignored) {
                    // the console is best effort
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (console) {
                    console.write(b, off, len);
                }
                try {
                    original.write(b, off, len);
                } catch (java.io.IOException ignored) {
                    // the console is best effort
                }
            }
        };
    }

    /** Every captured log line (message, arguments and stack trace) and all console output, as one text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        List<ILoggingEvent> events;
        synchronized (appender) {
            events = List.copyOf(appender.list);
        }
        for (ILoggingEvent event : events) {
            text.append(event.getLevel())
                    .append(' ')
                    .append(event.getLoggerName())
                    .append(" - ")
                    .append(event.getFormattedMessage())
                    .append('\n');
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .append('\n');
            }
        }
        synchronized (console) {
            text.append(console.toString(StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    public int events() {
        return appender.list.size();
    }

    @Override
    public void close() {
        System.setOut(out);
        System.setErr(err);
        julRoot.removeHandler(jul);
        julRoot.setLevel(julLevel);
        root.detachAppender(appender);
        appender.stop();
        root.setLevel(rootLevel);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        levels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
