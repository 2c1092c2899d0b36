package io.dotportion.secrets.key;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit master key that wraps every project keyset. It never prints its bytes: {@link #toString()}
 * shows only the key id, a stable public fingerprint (first 8 bytes of HMAC-SHA256(key,
 * "dotportion-master-key-id") as hex) that is stored next to each keyset it wraps.
 */
public final class MasterKey {
    public static final int SIZE_BYTES = 32;
    private static final byte[] ID_LABEL = "dotportion-master-key-id".getBytes(StandardCharsets.US_ASCII);

    private final Aead aead;
    private final String keyId;

    private MasterKey(byte[] bytes) throws GeneralSecurityException {
        this.keyId = fingerprint(bytes);
        AesGcmParameters parameters = AesGcmParameters.builder()
                .setKeySizeBytes(SIZE_BYTES)
                .setIvSizeBytes(12)
                .setTagSizeBytes(16)
                .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                .build();
        AesGcmKey key = AesGcmKey.builder()
                .setParameters(parameters)
                .setKeyBytes(SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get()))
                .build();
        this.aead = AesGcmJce.create(key);
    }

    /** A key from exactly 32 bytes; the array is not kept. */
    public static MasterKey of(byte[] bytes) {
        if (bytes.length != SIZE_BYTES) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_INVALID,
                    "the master key must be " + SIZE_BYTES + " bytes (256 bits); it has " + bytes.length);
        }
        try {
            return new MasterKey(bytes);
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_INVALID, "the master key cannot be used for AES-256-GCM");
        }
    }

    /** A key from the base64 (standard or URL-safe) text of 32 bytes; surrounding whitespace is ignored. */
    public static MasterKey fromBase64(String text) {
        String trimmed = text.strip();
        byte[] bytes;
        try {
            bytes = trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException e) {
            throw new MasterKeyException(
                    MasterKeyException.Code.MASTER_KEY_INVALID, "the master key is not valid base64");
        }
        return of(bytes);
    }

    /** 32 fresh random bytes from {@code random}, returned as base64 text (for writing a new key file). */
    static String generateBase64(SecureRandom random) {
        byte[] bytes = new byte[SIZE_BYTES];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String keyId() {
        return keyId;
    }

    /** AES-256-GCM under this key: wraps and unwraps project keysets. */
    Aead aead() {
        return aead;
    }

    private static String fingerprint(byte[] bytes) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
        byte[] digest = mac.doFinal(ID_LABEL);
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    @Override
    public String toString() {
        return "MasterKey[id=" + keyId + "]";
    }
}
