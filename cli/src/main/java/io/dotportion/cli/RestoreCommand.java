package io.dotportion.cli;

import com.mongodb.client.MongoDatabase;
import io.dotportion.secrets.key.KeyCheckReport;
import io.dotportion.secrets.key.MasterKey;
import io.dotportion.secrets.key.MasterKeyFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dotportion restore DIR}: a backup into a fresh store. Before anything is written it checks that the
 * configured master key opens every project key of the backup and that the target is empty.
 */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore a backup made by 'backup' into a fresh store, then serve it with the same master key.",
            "Refuses, writing nothing, when the master key (DOTPORTION_MASTER_KEY, --master-key-file, or "
                    + "<data>/master.key) does not open the backup's project keys, or when the target is not empty "
                    + "(--force replaces the target's platform database and project_<id> databases).",
            "Works on the store directly: --mongo-url / DOTPORTION_MONGO_URL, else the embedded store in --data "
                    + "(created when absent; only while no server holds it)."
        })
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "DIR", description = "A directory written by 'backup'.")
    Path dir;

    @Option(
            names = "--master-key-file",
            description = "File with the master key; default: DOTPORTION_MASTER_KEY, else <data>/master.key.")
    Path masterKeyFile;

    @Option(names = "--force", description = "Replace a target that already holds data (its data is dropped).")
    boolean force;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            Logging.install();
            BackupManifest manifest = BackupManifest.read(dir);
            MasterKey key = CurrentMasterKey.find(
                    System.getenv(CurrentMasterKey.ENVIRONMENT_VARIABLE),
                    masterKeyFile,
                    store.dataDir(),
                    new MasterKeyFiles(new SecureRandom()));
            KeyCheckReport keys = BackupKeysets.read(dir).verify(key);
            PrintWriter out = spec.commandLine().getOut();
            try (StoreSession session = store.open(true)) {
                clearTarget(session);
                long documents = load(manifest, session);
                out.println("restored " + documents + " document(s) from " + dir + " into " + session.description()
                        + "; " + keys.opened() + " project key(s) open with master key " + key.keyId());
            }
            out.println("serve it with the same master key (DOTPORTION_MASTER_KEY, --master-key-file, or "
                    + "<data>/master.key)");
            out.flush();
            return 0;
        });
    }

    private void clearTarget(StoreSession session) {
        List<String> present = present(session);
        if (present.isEmpty()) {
            return;
        }
        if (!force) {
            throw new CliFailure(
                    session.description() + " is not empty (" + String.join(", ", present)
                            + "); restore into a fresh data directory or database, or add --force to replace it; nothing was written");
        }
        session.platform().drop();
        for (String name : BackupCommand.managedDatabases(session)) {
            session.client().getDatabase(name).drop();
        }
    }

    private static List<String> present(StoreSession session) {
        List<String> present = new ArrayList<>();
        for (String name : session.platform().listCollectionNames()) {
            if (!name.startsWith("system.")
                    && session.platform().getCollection(name).estimatedDocumentCount() > 0) {
                present.add(session.databaseName() + "." + name);
            }
        }
        present.addAll(BackupCommand.managedDatabases(session));
        return present;
    }

    private long load(BackupManifest manifest, StoreSession session) {
        CollectionFiles files = new CollectionFiles(BackupCommand.BATCH);
        long documents = 0;
        for (Map.Entry<String, Map<String, Long>> db : manifest.databases().entrySet()) {
            boolean platform = BackupManifest.PLATFORM.equals(db.getKey());
            MongoDatabase target =
                    platform ? session.platform() : session.client().getDatabase(db.getKey());
            Path source = dir.resolve(db.getKey());
            for (String collection : db.getValue().keySet()) {
                documents += files.load(
                        source.resolve(collection + CollectionFiles.DOCUMENTS), target.getCollection(collection));
                files.loadIndexes(
                        source.resolve(collection + CollectionFiles.INDEXES), target.getCollection(collection));
            }
        }
        return documents;
    }
}
