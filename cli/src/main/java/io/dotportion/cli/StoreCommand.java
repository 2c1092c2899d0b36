package io.dotportion.cli;

import io.dotportion.store.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dotportion store}: the embedded MongoDB-wire store alone, for several {@code serve} processes to share.
 * It has no authentication: whoever reaches its address can read and change everything. It listens on
 * loopback unless {@code --bind} names another address, and says so when it starts; the instances using it
 * refuse it as a destination of their tenants' connections.
 */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = {
            "Run the embedded store on its own; point serve at it with DOTPORTION_MONGO_URL.",
            "It has no authentication: only the DotPortion instances may be able to reach it."
        })
final class StoreCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "27017", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); another one only on a network that "
                    + "nothing but the instances can reach.")
    String bind;

    @Option(names = "--data", defaultValue = "./data", description = "Data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws Exception {
        Logging.install();
        EmbeddedMongo store = EmbeddedMongo.startShared(data.toAbsolutePath().normalize(), bind, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            store.close();
                            stopped.countDown();
                        },
                        "dotportion-store-shutdown"));
        System.out.println("DotPortion store is listening: DOTPORTION_MONGO_URL=" + store.connectionString());
        System.out.println("It has no authentication: only the DotPortion instances may reach "
                + store.displayAddress().substring("mongodb://".length())
                + (store.address().getAddress().isLoopbackAddress()
                        ? " (loopback: this machine only)."
                        : "; keep every other client off this network (firewall).")
                + " The instances refuse it to tenants' connections.");
        stopped.await();
        return 0;
    }
}
