package io.dotportion.cli;

import com.mongodb.client.MongoDatabase;
import io.dotportion.core.leak.CredentialScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dotportion backup DIR}: the platform database and every managed {@code project_<id>} database as
 * files, straight from the store. Secrets stay encrypted and project keys stay wrapped; the master key is
 * not in the store, so it is never in a backup.
 */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Write everything except the master key into DIR: users, tokens, projects, workflows and "
                    + "versions, secrets (still encrypted), project keys (still wrapped), audit, and the managed "
                    + "project_<id> databases; execution logs with --executions.",
            "Works on the store directly: --mongo-url / DOTPORTION_MONGO_URL (also while servers run), else the "
                    + "embedded store in --data (only while no server holds it). Keep the master key apart from the backup."
        })
final class BackupCommand implements Callable<Integer> {
    /** The execution log's collections: runs packed many to a document, and runs logged one a document before. */
    static final Set<String> EXECUTIONS = Set.of("executions", "executionBatches");

    static final String MANAGED_PREFIX = "project_";
    static final int BATCH = 500;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(index = "0", paramLabel = "DIR", description = "An empty or new directory for the backup.")
    Path dir;

    @Option(names = "--executions", description = "Also back up the execution logs (they can be large).")
    boolean executions;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            Logging.install();
            requireEmpty(dir);
            PrintWriter out = spec.commandLine().getOut();
            CollectionFiles files = new CollectionFiles(BATCH);
            Map<String, Map<String, Long>> databases = new LinkedHashMap<>();
            try (StoreSession session = store.open(false)) {
                databases.put(
                        BackupManifest.PLATFORM,
                        dump(session.platform(), dir.resolve(BackupManifest.PLATFORM), files, !executions));
                for (String name : managedDatabases(session)) {
                    databases.put(name, dump(session.client().getDatabase(name), dir.resolve(name), files, false));
                }
                new BackupManifest(
                                BackupManifest.FORMAT,
                                BackupManifest.FORMAT_VERSION,
                                Instant.now().toString(),
                                session.databaseName(),
                                executions,
                                databases)
                        .write(dir);
                out.println("backed up " + session.description() + " into " + dir + ": " + summary(databases));
                int literals = new BackupLeaks(new CredentialScanner())
                        .record(session.platform(), dir)
                        .size();
                if (literals > 0) {
                    out.println("warning: " + literals + " credential literal(s) in workflows (the leak check's, listed"
                            + " in " + BackupLeaks.FILE + "): the backup carries them as stored");
                }
            }
            out.println("the master key is not in the backup: keep it safe apart from it; restore needs the same key");
            out.flush();
            return 0;
        });
    }

    static List<String> managedDatabases(StoreSession session) {
        List<String> names = new ArrayList<>();
        for (String name : session.client().listDatabaseNames()) {
            if (name.startsWith(MANAGED_PREFIX)) {
                names.add(name);
            }
        }
        return names.stream().sorted().toList();
    }

    private static Map<String, Long> dump(
            MongoDatabase database, Path target, CollectionFiles files, boolean skipExecutions) {
        createDirectories(target);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        database.listCollectionNames().into(names);
        for (String name : names.stream().sorted().toList()) {
            if (name.startsWith("system.") || (skipExecutions && EXECUTIONS.contains(name))) {
                continue;
            }
            counts.put(name, files.dump(database.getCollection(name), target));
        }
        return counts;
    }

    private static String summary(Map<String, Map<String, Long>> databases) {
        long documents = databases.values().stream()
                .flatMap(c -> c.values().stream())
                .mapToLong(Long::longValue)
                .sum();
        return documents + " document(s) in " + databases.size() + " database(s)";
    }

    private static void requireEmpty(Path dir) {
        if (!Files.exists(dir)) {
            createDirectories(dir);
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new CliFailure(dir + " is not empty; back up into a new or empty directory");
            }
        } catch (IOException e) {
            throw new CliFailure("cannot read " + dir + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
