package io.dotportion.secrets.vault;

/** The outcome of a put: the secret's metadata and whether this write created it (201) or replaced it (200). */
public record SecretWrite(SecretMetadata metadata, boolean created) {}
