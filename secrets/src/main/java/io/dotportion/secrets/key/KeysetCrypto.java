package io.dotportion.secrets.key;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Tink operations on project keysets: generate an AES256_GCM keyset, wrap it under a master key and
 * unwrap it, with associated data binding the project id (a wrapped keyset copied to another project
 * does not open). Uses Tink's explicit configuration, no global registry.
 */
final class KeysetCrypto {
    private final Configuration configuration = AeadConfig2026.get();

    KeysetHandle generate() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, configuration);
    }

    byte[] wrap(KeysetHandle keyset, MasterKey masterKey, String projectId) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeEncryptedKeyset(
                keyset, masterKey.aead(), associatedData(projectId), configuration);
    }

    KeysetHandle unwrap(byte[] wrapped, MasterKey masterKey, String projectId) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(
                wrapped, masterKey.aead(), associatedData(projectId), configuration);
    }

    Aead aead(KeysetHandle keyset) throws GeneralSecurityException {
        return keyset.getPrimitive(configuration, Aead.class);
    }

    private static byte[] associatedData(String projectId) {
        return ("dotportion-project-keyset|" + projectId).getBytes(StandardCharsets.UTF_8);
    }
}
