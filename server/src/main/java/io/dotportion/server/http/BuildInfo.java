package io.dotportion.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version and the commit this program was built from, as {@code GET /health} and {@code dotportion --version}
 * report them: read from {@code build.properties}, which the build writes. A build outside a git checkout
 * (or classes not built by Maven) report {@code "unknown"}.
 */
public record BuildInfo(String version, String commit) {
    public static final String UNKNOWN = "unknown";

    private static final String RESOURCE = "build.properties";

    public BuildInfo {
        version = known(version);
        commit = known(commit);
    }

    /** What the build wrote into this program's class path. */
    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(properties.getProperty("version"), properties.getProperty("commit"));
    }

    /** {@code 0.1.0 (commit 0123abcd4567)}. */
    public String describe() {
        return version + " (commit " + commit + ")";
    }

    /** A value the build did not fill in (no git, an unfiltered resource) is unknown. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.contains("${") ? UNKNOWN : value.strip();
    }
}
