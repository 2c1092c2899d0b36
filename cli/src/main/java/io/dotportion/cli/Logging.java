package io.dotportion.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.dotportion.server.logging.AccessLog;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The system log of {@code serve}: routes java.util.logging (Helidon, the JDK) into SLF4J so there is one log,
 * checks the log settings logback.xml reads, and turns the access log on when asked.
 */
final class Logging {
    static final String FORMAT = "DOTPORTION_LOG_FORMAT";
    static final String ACCESS_LOG = "DOTPORTION_ACCESS_LOG";
    private static final Set<String> FORMATS = Set.of("text", "json");

    private Logging() {}

    /** The bridge only (the commands besides serve). */
    static void install() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }

    static void install(CommandSpec spec, boolean accessLogFlag, Map<String, String> environment) {
        String format = environment.get(FORMAT);
        if (format != null && !FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), FORMAT + " must be text or json");
        }
        boolean accessLog = accessLogFlag || on(spec, environment.get(ACCESS_LOG));
        install();
        if (accessLog && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(AccessLog.LOGGER).setLevel(Level.INFO);
        }
    }

    private static boolean on(CommandSpec spec, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new ParameterException(spec.commandLine(), ACCESS_LOG + " must be on or off");
        };
    }
}
