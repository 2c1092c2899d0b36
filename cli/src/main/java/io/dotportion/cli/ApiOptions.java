package io.dotportion.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How a command reaches the HTTP API: the server's URL and a token (DOTPORTION_TOKEN or a file). */
final class ApiOptions {
    static final String TOKEN_VARIABLE = "DOTPORTION_TOKEN";
    private static final int MAX_TOKEN_BYTES = 4096;

    @Option(
            names = "--url",
            defaultValue = "http://localhost:8080",
            description = "The server (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--token-file", description = "File with an API token; default: $" + TOKEN_VARIABLE + ".")
    Path tokenFile;

    @Option(
            names = "--timeout-seconds",
            defaultValue = "30",
            description = "Time limit of one request (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    ApiClient client() {
        return new ApiClient(url, token(), Duration.ofSeconds(timeoutSeconds));
    }

    private String token() {
        if (tokenFile != null) {
            return fromFile();
        }
        String fromEnvironment = System.getenv(TOKEN_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isBlank()) {
            throw new CliFailure("no API token: set " + TOKEN_VARIABLE + " or give --token-file "
                    + "(log in with POST /v1/auth/login, or create a token with POST /v1/tokens)");
        }
        return fromEnvironment.strip();
    }

    private String fromFile() {
        try {
            byte[] bytes = Files.readAllBytes(tokenFile);
            if (bytes.length > MAX_TOKEN_BYTES) {
                throw new CliFailure("the token file " + tokenFile + " is larger than " + MAX_TOKEN_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new CliFailure("cannot read the token file " + tokenFile + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }
}
