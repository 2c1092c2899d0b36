package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.secrets.key.MasterKeyException;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.MasterKeyConfig;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key at startup: a key that does not open the stored project keys stops the platform and changes nothing. */
class MasterKeyStartupTest {
    private static final String RIGHT = newKey();
    private static final String WRONG = newKey();

    @TempDir
    Path dataDir;

    @Test
    void a_wrong_master_key_stops_the_platform_with_a_clear_message_and_leaves_the_data_untouched() throws IOException {
        String endpoint = prepare();
        Map<String, byte[]> before = files();

        assertThatThrownBy(() -> Platform.start(
                        config(RIGHT).withMasterKey(MasterKeyConfig.none().withEnvironmentValue(WRONG))))
                .isInstanceOf(MasterKeyException.class)
                .satisfies(e -> assertThat(((MasterKeyException) e).code())
                        .isEqualTo(MasterKeyException.Code.MASTER_KEY_MISMATCH))
                .hasMessageContaining("does not open the stored project keys")
                .hasMessageContaining("nothing was changed");

        Map<String, byte[]> after = files();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        try (Platform platform = Platform.start(config(RIGHT))) {
            assertThat(new ApiClient(platform.port()).post(endpoint, null, null).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void without_a_key_the_platform_refuses_to_make_a_new_one_over_existing_keys() {
        prepare();
        assertThatThrownBy(() -> Platform.start(config(RIGHT).withMasterKey(MasterKeyConfig.none())))
                .isInstanceOf(MasterKeyException.class)
                .hasMessageContaining("DOTPORTION_MASTER_KEY");
        assertThat(dataDir.resolve("master.key")).doesNotExist();
    }

    @Test
    void a_first_start_without_a_key_generates_an_owner_only_key_file() throws IOException {
        try (Platform platform = Platform.start(PlatformConfig.forTests(dataDir))) {
            assertThat(platform.port()).isPositive();
        }
        Path key = dataDir.resolve("master.key");
        assertThat(key).exists();
        assertThat(Files.getPosixFilePermissions(key))
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    /** A platform on the right key with one secret and an endpoint that uses it; returns the endpoint. */
    private String prepare() {
        try (Platform platform = Platform.start(config(RIGHT))) {
            ApiClient api = new ApiClient(platform.port());
            String token = api.newUser("keyholder");
            String projectId = api.newProject(token, "keys");
            api.putSecret(token, projectId, "jwt", Map.of("type", "jwt", "generate", true))
                    .expect(201);
            api.deploy(
                    token,
                    api.newWorkflow(
                            token,
                            projectId,
                            Workflows.single(
                                    "Sign",
                                    "POST",
                                    "/sign",
                                    "jwtGenerate",
                                    Map.of("secret", "jwt", "payload", Map.of("sub", "me")),
                                    200)));
            String endpoint = "/api/" + api.username(token) + "/keys/sign";
            api.post(endpoint, null, null).expect(200);
            return endpoint;
        }
    }

    private PlatformConfig config(String key) {
        return PlatformConfig.forTests(dataDir)
                .withMasterKey(MasterKeyConfig.none().withEnvironmentValue(key));
    }

    private Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dataDir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String newKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
