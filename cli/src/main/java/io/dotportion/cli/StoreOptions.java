package io.dotportion.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which store a store-level command works on, as for {@code serve}: a MongoDB URL or the embedded file in --data. */
final class StoreOptions {

    @Option(names = "--data", defaultValue = "./data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--mongo-url",
            defaultValue = "${env:DOTPORTION_MONGO_URL}",
            description =
                    "The platform's MongoDB; default: $DOTPORTION_MONGO_URL, else the embedded store in the data directory.")
    String mongoUrl;

    @Option(
            names = "--database",
            defaultValue = "dotportion",
            description = "The platform's database (default: ${DEFAULT-VALUE}).")
    String database;

    Path dataDir() {
        return data.toAbsolutePath().normalize();
    }

    boolean external() {
        return mongoUrl != null && !mongoUrl.isBlank();
    }

    StoreSession open(boolean create) {
        return StoreSession.open(this, create);
    }
}
