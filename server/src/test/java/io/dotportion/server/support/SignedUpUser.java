package io.dotportion.server.support;

/** A user signed up and logged in on a running platform: its client and session token. */
public record SignedUpUser(ApiClient api, String token) {

    public static SignedUpUser signUp(ApiClient api, String prefix) {
        return new SignedUpUser(api, api.newUser(prefix));
    }

    public String username() {
        return api.username(token);
    }

    /** Creates a project of this user's; returns its id. */
    public String newProject(String slug) {
        return api.newProject(token, slug);
    }

    /** Where the deployed routes of this user's project {@code slug} answer. */
    public String base(String slug) {
        return "/api/" + username() + "/" + slug;
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
