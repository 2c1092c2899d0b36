package io.dotportion.store.embedded;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs the embedded store in its own process (as {@code ./dotportion store} runs it: shared, no credential) for the durability test: {@code args[0]} is the data
 * directory, {@code args[1]} the compaction interval in milliseconds. Prints {@code PORT <n>} once
 * listening, then serves until killed or until its stdin closes.
 */
public final class EmbeddedStoreMain {
    private EmbeddedStoreMain() {}

    public static void main(String[] args) throws Exception {
        EmbeddedMongoSettings settings =
                new EmbeddedMongoSettings(Duration.ofMillis(Long.parseLong(args[1])), 50, 1 << 20);
        try (EmbeddedMongo store = EmbeddedMongo.startShared(Path.of(args[0]), EmbeddedMongo.LOOPBACK, 0, settings)) {
            System.out.println("PORT " + store.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes our stdin (clean stop) or kills us
            }
        }
    }
}
