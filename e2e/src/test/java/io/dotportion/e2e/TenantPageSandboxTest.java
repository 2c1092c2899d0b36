package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Api;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A tenant's endpoint serves an HTML page whose script tries to steal the visiting member's session: read
 * the CSRF cookie and mint a personal token through {@code /v1/tokens}. The page runs sandboxed, on an opaque
 * origin with scripts off; even code run inside it sees no cookie and cannot mint a token. The same call from
 * the UI's own origin does mint one, so the test would notice a missing sandbox.
 */
@BrowserTest
class TenantPageSandboxTest {
    private static final String STEAL = """
            (function (report) {
              var seen, cookies = '';
              try { cookies = document.cookie; seen = 'cookie:' + cookies; } catch (e) { seen = 'cookie-threw:' + e.name; }
              var csrf = (/(?:^|;\\s*)dp_csrf=([^;]*)/.exec(cookies) || [])[1] || 'none';
              fetch('/v1/tokens', {method: 'POST', credentials: 'include',
                  headers: {'Content-Type': 'application/json', 'X-CSRF-Token': csrf},
                  body: JSON.stringify({name: '%s', scope: 'full'})})
                .then(function (r) { return r.text().then(function (t) { report(seen + ' status:' + r.status + ' ' + t); }); })
                .catch(function (e) { report(seen + ' fetch-failed:' + e.name); });
            })""";
    private static final String PAGE = """
            <!doctype html><html><head><title>tenant page</title></head><body>
            <p id="status">script did not run</p>
            <noscript><p id="noscript">scripts are off</p></noscript>
            <script>document.getElementById('status').textContent = 'script ran';
            %s(function (text) { document.getElementById('status').textContent = text; });</script>
            </body></html>""".formatted(STEAL.formatted("stolen-by-page"));

    @Test
    void an_html_page_from_a_response_node_cannot_use_the_visitors_session(RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Account member = Account.fresh("member");
        Http http = new Http(platform);
        new Pages(browser, platform).signUp(member);
        String bearer = http.login(member.email(), member.password());
        Api api = new Api(http, bearer);
        String projectId = (String) api.call("POST", "/v1/projects", Map.of("name", "Pages", "slug", "pages"), 201)
                .get("id");
        String workflowId = (String) api.call("POST", "/v1/projects/" + projectId + "/workflows", page(), 201)
                .get("id");
        api.call("POST", "/v1/workflows/" + workflowId + "/deploy", null, 200);

        browser.driver().get(platform.url("/api/" + member.username() + "/pages/welcome"));
        String status = browser.driver().findElement(By.id("status")).getText();
        List<WebElement> noscript = browser.driver().findElements(By.id("noscript"));
        Object origin = browser.driver().executeScript("return self.origin;");
        Object injected = browser.driver()
                .executeAsyncScript(STEAL.formatted("stolen-by-injected-code") + "(arguments[arguments.length - 1]);");
        browser.screenshot("tenant-page");

        assertThat(status).isEqualTo("script did not run");
        assertThat(noscript)
                .singleElement()
                .satisfies(e -> assertThat(e.getText()).isEqualTo("scripts are off"));
        assertThat(origin).isEqualTo("null");
        assertThat(injected.toString()).startsWith("cookie-threw:SecurityError").doesNotContain("status:201");
        assertThat(browser.console())
                .anySatisfy(entry -> assertThat(entry.getMessage())
                        .contains("Blocked script execution")
                        .contains("sandboxed"));

        browser.driver().get(platform.url("/"));
        ui.waitText("current-user", member.username());
        Object control = browser.driver()
                .executeAsyncScript(STEAL.formatted("minted-by-the-ui") + "(arguments[arguments.length - 1]);");
        assertThat(control.toString()).contains("dp_csrf=").contains("status:201");

        assertThat(tokenNames(http, bearer))
                .contains("minted-by-the-ui")
                .doesNotContain("stolen-by-page", "stolen-by-injected-code");
        assertThat(ConsoleErrors.in(
                        browser.console(), List.of("/api/" + member.username() + "/pages/welcome", "/v1/tokens")))
                .isEmpty();
    }

    private Map<String, Object> page() {
        return Map.of(
                "name",
                "Welcome",
                "method",
                "GET",
                "path",
                "/welcome",
                "nodes",
                List.of(
                        Map.of("id", "start", "type", "apiStart", "data", Map.of(), "position", Map.of("x", 0, "y", 0)),
                        Map.of(
                                "id",
                                "out",
                                "type",
                                "response",
                                "data",
                                Map.of(
                                        "status",
                                        200,
                                        "headers",
                                        Map.of("Content-Type", "text/html; charset=utf-8"),
                                        "body",
                                        PAGE),
                                "position",
                                Map.of("x", 0, "y", 150))),
                "edges",
                List.of(Map.of("id", "e1", "source", "start", "target", "out")));
    }

    private List<String> tokenNames(Http http, String bearer) {
        List<?> tokens = (List<?>)
                Json.parse(http.send("GET", "/v1/tokens", null, bearer).body());
        return tokens.stream()
                .map(t -> String.valueOf(((Map<?, ?>) t).get("name")))
                .toList();
    }
}
