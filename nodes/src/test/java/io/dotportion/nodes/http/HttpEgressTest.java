package io.dotportion.nodes.http;

import static io.dotportion.nodes.http.HttpCalls.failure;
import static io.dotportion.nodes.http.HttpCalls.output;
import static io.dotportion.nodes.http.HttpCalls.secret;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpEgressTest {
    private final LocalHttpServer server = new LocalHttpServer().on("/ok", LocalHttpServer.json("{\"ok\":true}"));
    private final LocalHttpServer other = new LocalHttpServer().on("/ok", LocalHttpServer.json("{\"other\":true}"));

    @AfterEach
    void close() {
        server.close();
        other.close();
    }

    private static NodeOutcome run(HttpCalls calls, String url, FakeNodeContext ctx) {
        return calls.run("{\"url\":\"" + url + "\",\"secret\":\"api\"}", ctx);
    }

    private static FakeNodeContext withToken() {
        return FakeNodeContext.create().withSecret(secret("api", "bearer", "token-5d1e", Map.of()));
    }

    private void assertRefused(NodeOutcome outcome) {
        var error = failure(outcome).error();
        assertThat(error.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(error.message())
                .contains(EgressDecision.REFUSED_MESSAGE)
                .doesNotContain("127.0.0.1")
                .doesNotContain(String.valueOf(server.port()))
                .doesNotContain("10.0.0.1");
    }

    @Test
    void a_loopback_address_is_refused_without_an_allow_list_and_nothing_is_sent() {
        try (HttpCalls calls = new HttpCalls("", HttpSettings.defaults())) {
            assertRefused(run(calls, server.url("/ok"), withToken()));
            assertRefused(run(calls, "http://localhost:" + server.port() + "/ok", withToken()));
            assertRefused(run(calls, "http://[::ffff:127.0.0.1]:" + server.port() + "/ok", withToken()));
        }
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void a_private_or_metadata_address_is_refused() {
        try (HttpCalls calls = HttpCalls.allowingLoopback()) {
            assertRefused(run(calls, "http://10.0.0.1/ok", withToken()));
            assertRefused(run(calls, "http://169.254.169.254/latest/meta-data/", withToken()));
        }
    }

    @Test
    void a_template_url_resolving_to_a_refused_address_is_refused_at_run_time() {
        try (HttpCalls calls = HttpCalls.allowingLoopback()) {
            var ctx = withToken().withBody(Map.of("target", "10.0.0.1"));
            assertRefused(calls.run("{\"url\":\"http://{{request.body.target}}/x\",\"secret\":\"api\"}", ctx));
        }
    }

    @Test
    void a_redirect_to_a_refused_address_is_refused_without_naming_it() {
        server.on("/jump", LocalHttpServer.redirect(302, "http://10.0.0.1:8080/inside"));
        try (HttpCalls calls = HttpCalls.allowingLoopback()) {
            NodeOutcome outcome = run(calls, server.url("/jump"), withToken());
            assertRefused(outcome);
            assertThat(failure(outcome).error().message())
                    .contains("redirected")
                    .doesNotContain("8080");
        }
    }

    @Test
    void a_redirect_to_an_allowed_origin_is_followed_and_the_secret_stays_with_its_origin() {
        server.on("/same", LocalHttpServer.redirect(307, "/ok"));
        server.on("/away", LocalHttpServer.redirect(302, other.url("/ok")));
        try (HttpCalls calls = HttpCalls.allowingLoopback()) {
            Map<String, Object> same = output(run(calls, server.url("/same"), withToken()));
            assertThat(same.get("body")).isEqualTo(Map.of("ok", true));
            assertThat(server.last().header("authorization")).isEqualTo("Bearer token-5d1e");
            Map<String, Object> away = output(run(calls, server.url("/away"), withToken()));
            assertThat(away.get("body")).isEqualTo(Map.of("other", true));
            assertThat(other.last().header("authorization")).isNull();
            assertThat(((Map<?, ?>) away.get("request")).get("redirects")).isEqualTo(1);
        }
    }

    @Test
    void a_post_redirected_with_303_continues_as_a_get_without_its_body() {
        server.on("/form", LocalHttpServer.redirect(303, "/ok"));
        try (HttpCalls calls = HttpCalls.allowingLoopback()) {
            output(calls.run(
                    "{\"method\":\"POST\",\"url\":\"" + server.url("/form") + "\",\"body\":{\"a\":1}}",
                    FakeNodeContext.create()));
        }
        assertThat(server.seen()).extracting(LocalHttpServer.Seen::method).containsExactly("POST", "GET");
        assertThat(server.last().body()).isEmpty();
    }

    @Test
    void redirects_past_the_limit_fail_the_node() {
        server.on("/loop", LocalHttpServer.redirect(302, "/loop"));
        try (HttpCalls calls =
                new HttpCalls("127.0.0.1", HttpSettings.defaults().withMaxRedirects(3))) {
            var error = failure(run(calls, server.url("/loop"), withToken())).error();
            assertThat(error.message()).isEqualTo("the HTTP call was redirected more than 3 times");
        }
        assertThat(server.seen()).hasSize(4);
    }

    @Test
    void a_redirect_to_another_scheme_is_refused() {
        server.on("/file", LocalHttpServer.redirect(302, "file:///etc/passwd"));
        try (HttpCalls calls = HttpCalls.allowingLoopback()) {
            var error = failure(run(calls, server.url("/file"), withToken())).error();
            assertThat(error.message()).contains("not an http or https URL").doesNotContain("passwd");
        }
    }

    @Test
    void an_allow_list_entry_for_another_port_does_not_open_this_one() {
        try (HttpCalls calls = new HttpCalls("127.0.0.1:" + (server.port() + 1), HttpSettings.defaults())) {
            assertRefused(run(calls, server.url("/ok"), withToken()));
        }
    }
}
