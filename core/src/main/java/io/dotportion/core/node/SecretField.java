package io.dotportion.core.node;

/** A data field that names a project secret, and the type that secret must have ("jwt", "mongodb"). */
public record SecretField(String field, String secretType) {}
