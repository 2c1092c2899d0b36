/**
 * The leak check: credential literals in workflow documents (MongoDB URLs with a password, PEM private keys,
 * JWTs, well-known API key prefixes, {@code Bearer}/{@code Basic} credentials, long high-entropy strings).
 * Save answers them as warnings, deploy refuses them unless the project allows (docs/SECRETS.md).
 */
package io.dotportion.core.leak;
