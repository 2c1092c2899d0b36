package io.dotportion.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signup refuses guessable passwords naming the rule, and never tells whether an email has an account. */
@PlatformTest
class AccountRulesTest {
    private final AtomicInteger unique = new AtomicInteger();
    private final ApiClient api;

    AccountRulesTest(ApiClient api) {
        this.api = api;
    }

    private ApiResponse signup(String email, String username, String password) {
        return api.post("/v1/auth/signup", Map.of("email", email, "username", username, "password", password), null);
    }

    private String fresh() {
        return "acct" + unique.incrementAndGet();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345678",
                "password1",
                "qwertyuiop",
                "iloveyou",
                "P@ssw0rd",
                "11111111",
                "1qaz2wsx",
                "Password123!",
                "PASSWORD",
                "letmein!",
                "sunshine",
                "football",
                "123456789012"
            })
    void a_common_password_is_refused_with_the_rule_named(String password) {
        String name = fresh();
        ApiResponse r = signup(name + "@example.com", name, password);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_INPUT");
        assertThat(r.map().get("message").toString()).startsWith("password is");
    }

    @Test
    void the_most_common_ones_say_so() {
        String name = fresh();
        assertThat(signup(name + "@example.com", name, "12345678")
                        .map()
                        .get("message")
                        .toString())
                .contains("most common passwords");
        assertThat(signup(name + "@example.com", name, "Qwertyuiop")
                        .map()
                        .get("message")
                        .toString())
                .contains("most common passwords");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abcdefghij",
                "aaaaaaaaaaaa",
                "dragon2024",
                "summer2024!",
                "correct horse battery staple",
                "kangaroo",
                "zxcvbnmasdf",
                "qazwsxedcrfv"
            })
    void a_guessable_password_is_refused_as_too_easy_to_guess(String password) {
        String name = fresh();
        ApiResponse r = signup(name + "@example.com", name, password);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.map().get("message").toString()).startsWith("password is");
    }

    @Test
    void a_password_holding_the_username_or_the_email_name_is_refused() {
        String name = fresh();
        assertThat(signup(name + "@example.com", "quiet-" + name, "Xq7!" + name + "-zz")
                        .map()
                        .get("message"))
                .isEqualTo("password must not contain your username or email");
        assertThat(signup("mail-" + name + "@example.com", name, "v1#" + name.toUpperCase() + "#pq")
                        .map()
                        .get("message"))
                .isEqualTo("password must not contain your username or email");
    }

    @Test
    void a_short_password_is_refused_by_length_counting_characters_not_code_units() {
        String name = fresh();
        assertThat(signup(name + "@example.com", name, "x7#kQ9!").map().get("message"))
                .isEqualTo("password must have at least 8 characters");
        assertThat(signup(name + "@example.com", name, "\ud83d\ude00\ud83d\ude01\ud83d\ude02\ud83d\ude03")
                        .status())
                .isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"violet anchor meadow 7", "x7#kQ9!vLm", "correct horse", "Tr0ub4dor&3"})
    void a_hard_to_guess_password_is_accepted(String password) {
        String name = fresh();
        signup(name + "@example.com", name, password).expect(201);
    }

    @Test
    void a_signup_for_a_registered_email_answers_exactly_like_a_new_account_and_creates_nothing_usable() {
        String owner = fresh();
        String email = owner + "@example.com";
        Map<String, Object> first =
                signup(email, owner, "violet anchor meadow 7").expect(201).map();
        String other = fresh();
        ApiResponse again = signup(email.toUpperCase(), other, "other lantern quietly 9");
        String stranger = fresh();
        ApiResponse brandNew = signup(stranger + "@example.com", stranger, "other lantern quietly 9");

        assertThat(again.status()).isEqualTo(brandNew.status()).isEqualTo(201);
        assertThat(again.map().keySet()).isEqualTo(brandNew.map().keySet()).isEqualTo(first.keySet());
        assertThat(again.map()).containsEntry("email", email).containsEntry("username", other);
        assertThat(again.map().get("id").toString()).matches("[0-9a-f]{24}").isNotEqualTo(first.get("id"));
        assertThat(ApiClient.header(again, "Content-Type")).isEqualTo(ApiClient.header(brandNew, "Content-Type"));

        api.post("/v1/auth/login", Map.of("email", email, "password", "violet anchor meadow 7"), null)
                .expect(200);
        api.post("/v1/auth/login", Map.of("email", email, "password", "other lantern quietly 9"), null)
                .expect(401);
    }

    @Test
    void a_username_asked_for_with_a_registered_email_is_taken_like_any_other_so_two_calls_tell_nothing() {
        String owner = fresh();
        signup(owner + "@example.com", owner, "violet anchor meadow 7").expect(201);
        String viaRegistered = fresh();
        String viaFresh = fresh();
        signup(owner + "@example.com", viaRegistered, "other lantern quietly 9").expect(201);
        signup(fresh() + "@example.com", viaFresh, "other lantern quietly 9").expect(201);

        ApiResponse probeRegistered = signup(fresh() + "@example.com", viaRegistered, "third lantern quietly 8");
        ApiResponse probeFresh = signup(fresh() + "@example.com", viaFresh, "third lantern quietly 8");
        assertThat(probeRegistered.status()).isEqualTo(probeFresh.status()).isEqualTo(409);
        assertThat(probeRegistered.text()).isEqualTo(probeFresh.text());
    }
}
