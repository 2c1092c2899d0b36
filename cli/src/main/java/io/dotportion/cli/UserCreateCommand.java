package io.dotportion.cli;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.User;
import io.dotportion.server.auth.AccountRules;
import io.dotportion.server.auth.PasswordHasher;
import io.dotportion.server.http.ApiException;
import io.dotportion.store.mongo.MongoPlatformStores;
import io.dotportion.store.mongo.StoreSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dotportion user create}: an account written straight into the store (the first user of a fresh
 * install, or one made by an operator), with the same rules and password hashing as signup.
 */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = {
            "Create a user directly in the store (e.g. the first one). The password is read from standard "
                    + "input or --password-file, never from an argument.",
            "Store: --mongo-url / DOTPORTION_MONGO_URL, else the embedded store in --data (only while no server holds it)."
        })
final class UserCreateCommand implements Callable<Integer> {
    private static final int MAX_PASSWORD_BYTES = 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--email", required = true, description = "The user's email (they log in with it).")
    String email;

    @Option(names = "--username", required = true, description = "3 to 32 characters of a-z, 0-9, _ and -.")
    String username;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "Read the password from this file instead of standard input.")
    Path passwordFile;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            Logging.install();
            String cleanEmail = checked(() -> AccountRules.email(email));
            String cleanUsername = checked(() -> AccountRules.username(username));
            String raw = Input.read(passwordFile, Main.stdin(spec), "password", MAX_PASSWORD_BYTES);
            String password = checked(() -> AccountRules.password(raw, cleanEmail, cleanUsername));
            String hash = new PasswordHasher(PasswordHasher.Cost.standard()).hash(password);
            try (StoreSession session = store.open(true);
                    MongoPlatformStores stores = MongoPlatformStores.over(
                            session.client(),
                            StoreSettings.defaults("mongodb://unused").withDatabaseName(session.databaseName()),
                            Clock.systemUTC())) {
                User user = stores.users().create(cleanEmail, cleanUsername, hash);
                spec.commandLine()
                        .getOut()
                        .println(
                                "created user " + user.username() + " (" + user.id() + ") in " + session.description());
                spec.commandLine().getOut().flush();
            } catch (ConflictException e) {
                throw new CliFailure(
                        "username".equals(e.field()) ? "username is already taken" : "email is already registered");
            }
            return 0;
        });
    }

    /** Signup's own rules, so the CLI and the API accept exactly the same accounts. */
    private static String checked(Supplier<String> rule) {
        try {
            return rule.get();
        } catch (ApiException e) {
            throw new CliFailure(e.getMessage());
        }
    }
}
