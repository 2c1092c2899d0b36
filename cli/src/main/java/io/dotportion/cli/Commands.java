package io.dotportion.cli;

import com.mongodb.MongoException;
import io.dotportion.cli.settings.SettingsException;
import io.dotportion.secrets.key.MasterKeyException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command body and turns its expected failures into one line on stderr and an exit code. A store
 * failure is named by its class only: driver messages can quote a connection string.
 */
final class Commands {
    static final int FAILED = 1;

    private Commands() {}

    static int run(CommandSpec spec, Callable<Integer> body) {
        try {
            return body.call();
        } catch (SettingsException e) {
            return fail(
                    spec,
                    String.join(System.lineSeparator() + "dotportion: ", e.problems()),
                    ServeCommand.BAD_SETTINGS);
        } catch (CliFailure | RotationStore.StoreUnavailableException e) {
            return fail(spec, e.getMessage(), FAILED);
        } catch (MasterKeyException e) {
            return fail(spec, e.getMessage(), MasterKeyRotateCommand.MASTER_KEY_FAILED);
        } catch (MongoException e) {
            return fail(
                    spec,
                    "the store cannot be reached or refused the operation ("
                            + e.getClass().getSimpleName() + "); check --mongo-url / DOTPORTION_MONGO_URL",
                    FAILED);
        } catch (UncheckedIOException e) {
            return fail(spec, e.getMessage() + " (" + e.getCause().getClass().getSimpleName() + ")", FAILED);
        } catch (Exception e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    private static int fail(CommandSpec spec, String message, int code) {
        spec.commandLine().getErr().println("dotportion: " + message);
        spec.commandLine().getErr().flush();
        return code;
    }
}
