package io.dotportion.server.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.User;
import io.dotportion.core.port.UserStore;
import io.dotportion.server.gateway.ClientAddress;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * /v1/auth: signup, login (throttled per email and per client address; sets the session and CSRF cookies
 * and answers {@code {token, csrfToken}}), logout (revokes the token and clears the cookies), me, and session
 * (200 whether or not anyone is signed in, so a page can ask without a failed request).
 */
public final class AuthService implements ApiService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    private static final String BAD_CREDENTIALS = "wrong email or password";
    /** The email domain of reserved usernames ({@code .invalid} is reserved by RFC 2606: no mail goes there). */
    static final String RESERVED_DOMAIN = "reserved.invalid";
    /** Not a hash any password matches: a reserved username cannot be logged in to. */
    private static final String UNUSABLE_HASH = "!reserved";

    record SignupRequest(String email, String username, String password) {}

    record LoginRequest(String email, String password) {}

    record UserView(String id, String email, String username) {
        static UserView of(User user) {
            return new UserView(user.id(), user.email(), user.username());
        }
    }

    record LoginAnswer(String token, String csrfToken) {}

    /** {@code user} is absent when nobody is signed in. */
    record SessionView(
            boolean signedIn,
            @JsonInclude(JsonInclude.Include.NON_NULL) UserView user) {}

    private final UserStore users;
    private final PasswordHasher hasher;
    private final Tokens tokens;
    private final JsonRequests json;
    private final LoginThrottle throttle;
    private final ClientAddress clients;

    public AuthService(
            UserStore users,
            PasswordHasher hasher,
            Tokens tokens,
            JsonRequests json,
            LoginThrottle throttle,
            ClientAddress clients) {
        this.throttle = throttle;
        this.clients = clients;
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/v1/auth/signup", this::signup)
                        .summary("Create an account")
                        .access(Access.ANONYMOUS)
                        .body(SignupRequest.class)
                        .answer(201, "the account (a registered email answers the same)", UserView.class)
                        .errors(ApiError.CONFLICT),
                ApiRoute.post("/v1/auth/login", this::login)
                        .summary("Sign in: a session token, and the session and CSRF cookies")
                        .access(Access.ANONYMOUS)
                        .body(LoginRequest.class)
                        .answer(200, "the session token and its CSRF token", LoginAnswer.class)
                        .errors(ApiError.UNAUTHORIZED, ApiError.RATE_LIMITED),
                ApiRoute.post("/v1/auth/logout", this::logout)
                        .summary("Revoke the token used and clear the cookies")
                        .noContent("signed out"),
                ApiRoute.get("/v1/auth/me", this::me)
                        .summary("The signed-in user")
                        .answer(200, "the user", UserView.class),
                ApiRoute.get("/v1/auth/session", this::session)
                        .summary("Whether the request is signed in, and as whom")
                        .access(Access.ANONYMOUS)
                        .answer(200, "signed in or not", SessionView.class));
    }

    /**
     * Creates the account. A registered email answers exactly like a new account (201, the same fields, a
     * fresh id) and creates nothing usable: it reserves the username asked for, so that a second signup with
     * that username answers 409 either way and the pair of calls tells nothing. A taken username is a 409
     * (usernames are public: they are in every gateway URL and member list).
     */
    private void signup(ServerRequest req, ServerResponse res) {
        SignupRequest body = json.read(req, SignupRequest.class);
        String email = AccountRules.email(body.email());
        String username = AccountRules.username(body.username());
        String password = AccountRules.password(body.password(), email, username);
        String hash = hasher.hash(password);
        if (users.byUsername(username).isPresent()) {
            throw usernameTaken();
        }
        try {
            JsonResponses.created(res, UserView.of(users.create(email, username, hash)));
        } catch (ConflictException e) {
            if ("username".equals(e.field())) {
                throw usernameTaken();
            }
            JsonResponses.created(res, new UserView(reserve(username), email, username));
        }
    }

    /** A record that holds the username and that nobody can log in to (no known email, no valid hash). */
    private String reserve(String username) {
        LOG.debug("signup for a registered email: answered like a new account, username reserved");
        try {
            return users.create(new ObjectId().toHexString() + "@" + RESERVED_DOMAIN, username, UNUSABLE_HASH)
                    .id();
        } catch (ConflictException e) {
            return new ObjectId().toHexString();
        }
    }

    private static ApiException usernameTaken() {
        return new ApiException(ApiError.CONFLICT, "username is already taken");
    }

    private void login(ServerRequest req, ServerResponse res) {
        LoginRequest body = json.read(req, LoginRequest.class);
        String email = body.email() == null ? "" : body.email().strip().toLowerCase(Locale.ROOT);
        String address = clients.of(req);
        try {
            throttle.check(email, address);
        } catch (LoginThrottle.Refused e) {
            res.header(HeaderNames.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
            throw e.answer();
        }
        Optional<User> user = email.isEmpty() ? Optional.empty() : users.byEmail(email);
        if (user.isEmpty()) {
            hasher.matchDecoy(body.password());
        }
        if (user.isEmpty() || !hasher.matches(body.password(), user.get().passwordHash())) {
            throttle.failed(email, address);
            throw new ApiException(ApiError.UNAUTHORIZED, BAD_CREDENTIALS);
        }
        throttle.succeeded(email, address);
        Tokens.Issued issued = tokens.issueSession(user.get().id());
        String csrf = Csrf.tokenFor(issued.value());
        res.header(
                HeaderNames.SET_COOKIE,
                SessionCookie.login(issued.value(), csrf, tokens.sessionTtl(), clients.secure(req))
                        .toArray(String[]::new));
        JsonResponses.ok(res, new LoginAnswer(issued.value(), csrf));
    }

    private void logout(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        tokens.revoke(caller.userId(), caller.token().id());
        res.header(
                HeaderNames.SET_COOKIE,
                SessionCookie.logout(clients.secure(req)).toArray(String[]::new));
        JsonResponses.noContent(res);
    }

    private void session(ServerRequest req, ServerResponse res) {
        Optional<Caller> caller = req.context().get(Caller.class);
        JsonResponses.ok(
                res,
                caller.map(c -> new SessionView(true, UserView.of(c.user()))).orElse(new SessionView(false, null)));
    }

    private void me(ServerRequest req, ServerResponse res) {
        JsonResponses.ok(res, UserView.of(Caller.of(req).user()));
    }
}
