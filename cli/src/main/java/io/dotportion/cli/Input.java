package io.dotportion.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a password or secret value from a file or from standard input, never from an argument (arguments
 * show up in process lists and shell history). One trailing line break is dropped, as {@code echo} adds it.
 */
final class Input {
    private Input() {}

    static String read(Path file, InputStream stdin, String what, int maxBytes) {
        byte[] bytes;
        try {
            bytes = file == null ? stdin.readNBytes(maxBytes + 1) : fromFile(file, maxBytes);
        } catch (IOException e) {
            throw new CliFailure("cannot read the " + what + (file == null ? " from standard input" : " from " + file)
                    + " (" + e.getClass().getSimpleName() + ")");
        }
        if (bytes.length > maxBytes) {
            throw new CliFailure("the " + what + " is longer than " + maxBytes + " bytes");
        }
        String text = withoutLineBreak(new String(bytes, StandardCharsets.UTF_8));
        if (text.isEmpty()) {
            throw new CliFailure("the " + what + " is empty: give it on standard input or in a file");
        }
        return text;
    }

    private static String withoutLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static byte[] fromFile(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes + 1);
        }
    }
}
