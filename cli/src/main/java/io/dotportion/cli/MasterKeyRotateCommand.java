package io.dotportion.cli;

import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.key.MasterKeyException;
import io.dotportion.secrets.key.MasterKeyFiles;
import io.dotportion.secrets.key.MasterKeyRotation;
import io.dotportion.secrets.key.RotationReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dotportion master-key rotate}: rewraps every project's data key from the current master key to a
 * new one, working directly on the store. Online against a shared store (DOTPORTION_MONGO_URL: a MongoDB
 * server or {@code ./dotportion store}) while servers keep serving; offline on the embedded store file
 * when no server holds it.
 */
@Command(
        name = "rotate",
        mixinStandardHelpOptions = true,
        description = {
            "Rewrap every project's data key with a new master key and report how many keys are on the new and the old key.",
            "Store: --mongo-url / DOTPORTION_MONGO_URL (a MongoDB server, or the one './dotportion store' runs) while "
                    + "servers keep serving; otherwise the embedded store file in --data, only while no server holds it (offline).",
            "Current key: DOTPORTION_MASTER_KEY, --master-key-file, or <data>/master.key.",
            "Afterwards restart every server with the new key (keeping --previous-master-key-file OLD while they roll over) "
                    + "and run the rotation again if it reports keys left on the old key."
        })
final class MasterKeyRotateCommand implements Callable<Integer> {
    static final int MASTER_KEY_FAILED = 2;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--new-key-file",
            required = true,
            description =
                    "File with the new master key (base64 of 32 bytes); created (owner-only) when it does not exist.")
    Path newKeyFile;

    @Option(
            names = "--master-key-file",
            description = "File with the current master key (default: DOTPORTION_MASTER_KEY, else <data>/master.key).")
    Path masterKeyFile;

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

    @Override
    public Integer call() {
        Logging.install();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = data.toAbsolutePath().normalize();
        try {
            MasterKeyFiles files = new MasterKeyFiles(new SecureRandom());
            MasterKey oldKey = CurrentMasterKey.find(
                    System.getenv(CurrentMasterKey.ENVIRONMENT_VARIABLE), masterKeyFile, dataDir, files);
            try (RotationStore store = RotationStore.open(mongoUrl, database, dataDir)) {
                MasterKey newKey = newKey(files, out);
                out.println("rotating the master key on " + store.description());
                RotationReport report = new MasterKeyRotation(store.keysets(), store.audit(), Clock.systemUTC())
                        .rotate(oldKey, newKey, "cli:" + System.getProperty("user.name", "unknown"));
                report(out, report, oldKey, newKey);
            }
            return 0;
        } catch (MasterKeyException | RotationStore.StoreUnavailableException e) {
            err.println("dotportion: " + e.getMessage());
            return MASTER_KEY_FAILED;
        }
    }

    private MasterKey newKey(MasterKeyFiles files, PrintWriter out) {
        if (Files.exists(newKeyFile)) {
            return files.read(newKeyFile);
        }
        MasterKey key = files.create(newKeyFile);
        out.println("generated a new master key in " + newKeyFile + " (owner-only); back it up");
        return key;
    }

    private static void report(PrintWriter out, RotationReport report, MasterKey oldKey, MasterKey newKey) {
        out.println(report.rewrapped() + " project key(s) rewrapped");
        out.println(report.onNewKey() + " project key(s) on the new master key " + newKey.keyId());
        out.println(report.onOldKey() + " project key(s) on the old master key " + oldKey.keyId());
        if (report.onOtherKeys() > 0) {
            out.println(report.onOtherKeys() + " project key(s) on other master keys");
        }
        if (report.onOldKey() > 0) {
            out.println("some keys were created with the old key while this ran: run the rotation again once every "
                    + "server holds the new key");
        }
        out.println("next: restart every server with the new key (--master-key-file or DOTPORTION_MASTER_KEY); "
                + "servers still on the old key keep serving until then");
    }
}
