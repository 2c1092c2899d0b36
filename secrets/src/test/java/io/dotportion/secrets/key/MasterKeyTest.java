package io.dotportion.secrets.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class MasterKeyTest {
    private static final byte[] BYTES = new byte[32];

    static {
        for (int i = 0; i < BYTES.length; i++) {
            BYTES[i] = (byte) (i * 7 + 3);
        }
    }

    @Test
    void the_key_id_is_a_stable_16_hex_fingerprint_and_the_key_never_prints() {
        String base64 = Base64.getEncoder().encodeToString(BYTES);
        MasterKey key = MasterKey.fromBase64(base64);

        assertThat(key.keyId())
                .matches("[0-9a-f]{16}")
                .isEqualTo(MasterKey.fromBase64(" " + base64 + "\n").keyId());
        assertThat(key.toString())
                .isEqualTo("MasterKey[id=" + key.keyId() + "]")
                .doesNotContain(base64);
        assertThat(MasterKey.fromBase64(Base64.getUrlEncoder().encodeToString(BYTES))
                        .keyId())
                .isEqualTo(key.keyId());
    }

    @Test
    void different_keys_have_different_ids() {
        byte[] other = BYTES.clone();
        other[0] ^= 1;

        assertThat(MasterKey.of(other).keyId()).isNotEqualTo(MasterKey.of(BYTES).keyId());
    }

    @Test
    void a_key_of_the_wrong_size_or_not_base64_is_rejected_without_echoing_it() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> MasterKey.fromBase64(shortKey)).isInstanceOfSatisfying(MasterKeyException.class, e -> {
            assertThat(e.code()).isEqualTo(MasterKeyException.Code.MASTER_KEY_INVALID);
            assertThat(e.getMessage()).contains("32 bytes").doesNotContain(shortKey);
        });
        assertThatThrownBy(() -> MasterKey.fromBase64("not*base64*canary"))
                .isInstanceOfSatisfying(
                        MasterKeyException.class,
                        e -> assertThat(e.getMessage()).doesNotContain("canary"));
    }
}
