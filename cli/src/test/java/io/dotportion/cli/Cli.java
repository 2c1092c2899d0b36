package io.dotportion.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code dotportion} in process with its own stdin, capturing stdout and stderr. */
final class Cli {
    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private Cli() {}

    static Run run(String... args) {
        return withInput("", args);
    }

    static Run withInput(String stdin, String... args) {
        return with(stdin, System.getenv(), args);
    }

    /** With {@code env} as the whole environment the commands read their settings from. */
    static Run withEnvironment(Map<String, String> env, String... args) {
        return with("", env, args);
    }

    private static Run with(String stdin, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
