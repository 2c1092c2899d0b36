package io.dotportion.cli;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes java.util.logging (Helidon, the JDK) into SLF4J so there is one system log. */
final class Logging {
    private Logging() {}

    static void install() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
