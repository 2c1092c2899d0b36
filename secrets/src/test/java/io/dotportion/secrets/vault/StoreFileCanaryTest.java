package io.dotportion.secrets.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.secrets.redact.ExecutionRedactor;
import io.dotportion.secrets.testing.EmbeddedMongo;
import io.dotportion.secrets.testing.Vaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFileCanaryTest {
    private static final String JWT_CANARY = "JwtCanary-7c1e0b6a-5d2f-4f11-9a8e-2b7d3c4e5f60";
    private static final String JWT_CANARY_2 = "JwtCanary-second-91f0e2d4-3b5a-4c6d-8e7f-0a1b";
    private static final String PASSWORD_CANARY = "PwCanary-3e8a1f2c9d";
    private static final String PASSWORD_CANARY_2 = "PwCanary-second-77aa";
    private static final String CONTROL = "control-actor-marker-5a6b";

    @TempDir
    Path data;

    @Test
    void the_raw_store_file_never_contains_a_secret_value() throws IOException {
        try (EmbeddedMongo mongo = EmbeddedMongo.h2File(data.resolve("store.mv"));
                SecretVault vault = Vaults.vault(mongo.newDatabase(), Vaults.randomKey())) {
            vault.put("p1", "signing", "jwt", SecretInput.of(JWT_CANARY), 3600, CONTROL);
            vault.put("p1", "shop", "mongodb", SecretInput.of(url(PASSWORD_CANARY)), 3600, CONTROL);
            vault.put("p1", "signing", "jwt", SecretInput.of(JWT_CANARY_2), null, CONTROL);
            vault.put("p1", "shop", "mongodb", SecretInput.of(url(PASSWORD_CANARY_2)), null, CONTROL);
            var resolver = vault.resolverFor("p1", new ExecutionRedactor());
            assertThat(resolver.resolve("signing", "jwt").orElseThrow().reveal())
                    .isEqualTo(JWT_CANARY_2);
            assertThat(resolver.resolveVersion("shop", "mongodb", 1)
                            .orElseThrow()
                            .reveal())
                    .isEqualTo(url(PASSWORD_CANARY));
        }

        byte[] raw = allBytes(data);

        assertThat(contains(raw, CONTROL))
                .as("the control marker is stored in plaintext, so the scan can see text")
                .isTrue();
        for (String canary :
                List.of(JWT_CANARY, JWT_CANARY_2, PASSWORD_CANARY, PASSWORD_CANARY_2, "JwtCanary", "PwCanary")) {
            assertThat(contains(raw, canary)).as(canary).isFalse();
        }
    }

    private static String url(String password) {
        return "mongodb://shop:" + password + "@db.example.com:27017/shop";
    }

    private static byte[] allBytes(Path directory) throws IOException {
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.add(Files.readAllBytes(path));
            }
        }
        int size = files.stream().mapToInt(bytes -> bytes.length).sum();
        byte[] all = new byte[size];
        int offset = 0;
        for (byte[] bytes : files) {
            System.arraycopy(bytes, 0, all, offset, bytes.length);
            offset += bytes.length;
        }
        return all;
    }

    private static boolean contains(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
