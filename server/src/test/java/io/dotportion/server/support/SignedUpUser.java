package io.dotportion.server.support;

/** A user signed up and logged in on a running platform: its client and session token. */
public record SignedUpUser(ApiClient api, String token) {

    public static SignedUpUser signUp(ApiClient api, String prefix) {
        return new SignedUpUser(api, api.newUser(prefix));
    }

    public String username() {
        return api.username(token);
    }

    public ApiResponse get(String path) {
        return api.get(path, token);
    }

    public ApiResponse post(String path, Object body) {
        return api.post(path, body, token);
    }

    public ApiResponse put(String path, Object body) {
        return api.put(path, body, token);
    }

    public ApiResponse delete(String path) {
        return api.delete(path, token);
    }
}
