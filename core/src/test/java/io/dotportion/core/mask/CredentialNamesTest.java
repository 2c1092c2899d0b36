package io.dotportion.core.mask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialNamesTest {

    @Test
    void names_are_normalized_without_separators_and_case() {
        assertThat(CredentialNames.normalize("X-Api-Key")).isEqualTo("xapikey");
        assertThat(CredentialNames.normalize("api_key")).isEqualTo("apikey");
        assertThat(CredentialNames.normalize("client.Secret ")).isEqualTo("clientsecret");
    }

    @Test
    void credential_names_in_every_spelling_are_credentials() {
        assertThat(new String[] {
                    "password",
                    "Password",
                    "PASSWORD",
                    "user_password",
                    "newPassword",
                    "password_confirmation",
                    "passwd",
                    "pwd",
                    "userPwd",
                    "pass",
                    "passphrase",
                    "passcode",
                    "secret",
                    "clientSecret",
                    "client_secret",
                    "x-secret",
                    "secretKey",
                    "apiKey",
                    "api_key",
                    "api-key",
                    "X-Api-Key",
                    "APIKEY",
                    "token",
                    "accessToken",
                    "access_token",
                    "refresh_token",
                    "id_token",
                    "X-Auth-Token",
                    "csrfToken",
                    "privateKey",
                    "private_key",
                    "accessKey",
                    "otp",
                    "totp",
                    "pin",
                    "cardPin",
                    "credentials",
                    "cvv",
                    "signing-key"
                })
                .allMatch(CredentialNames::looksLikeCredential);
    }

    @Test
    void ordinary_names_and_names_that_describe_a_credential_are_not_credentials() {
        assertThat(new String[] {
                    "email",
                    "username",
                    "name",
                    "id",
                    "tokenType",
                    "token_type",
                    "tokenExpiresIn",
                    "expires_in",
                    "tokenCount",
                    "secretName",
                    "passwordPolicy",
                    "password_hint",
                    "apiKeyId",
                    "tokenUrl",
                    "compass",
                    "bypass",
                    "passenger",
                    "keyboard",
                    "key",
                    "authorizationType",
                    "content-type",
                    "accept",
                    "",
                    "pinned",
                    "options"
                })
                .noneMatch(CredentialNames::looksLikeCredential);
    }
}
