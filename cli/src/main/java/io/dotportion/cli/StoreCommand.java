package io.dotportion.cli;

import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dotportion store}: the embedded MongoDB-wire store alone, for several {@code serve} processes to share. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Run the embedded store on its own; point serve at it with DOTPORTION_MONGO_URL.")
final class StoreCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "27017", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", defaultValue = "./data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws Exception {
        Logging.install();
        EmbeddedMongo store = EmbeddedMongo.start(data.toAbsolutePath().normalize(), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            stopped.countDown();
        }, "dotportion-store-shutdown"));
        System.out.println("DotPortion store is listening: DOTPORTION_MONGO_URL=" + store.connectionString());
        stopped.await();
        return 0;
    }
}
