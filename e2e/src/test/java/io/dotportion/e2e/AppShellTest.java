package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The server serves the built UI at / and for client routes, never in place of the API. */
@BrowserTest
class AppShellTest {
    private final RunningPlatform platform;
    private final Browser browser;

    AppShellTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void root_opens_the_login_page_without_console_errors() {
        browser.driver().get(platform.url("/"));
        Ui ui = browser.ui();
        ui.find("login-email");
        ui.waitUrlContains("/login");
        assertThat(browser.driver().getTitle()).isEqualTo("DotPortion");
        browser.driver().executeScript("console.warn('console capture check')");
        assertThat(browser.console())
                .as("the console is captured")
                .anySatisfy(entry -> assertThat(entry.getMessage()).contains("console capture check"));
        assertThat(ConsoleErrors.in(browser.console()))
                .as("the signed-out session probe answers 200: no failed request")
                .isEmpty();
    }

    @Test
    void a_client_route_reloads_into_the_app() {
        HttpResponse<String> page = new Http(platform).get("/projects/abc/workflows/def");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        assertThat(page.body()).contains("<div id=\"root\"></div>");
    }

    @Test
    void the_api_keeps_its_own_answers_for_unknown_routes() {
        Http http = new Http(platform);
        HttpResponse<String> api = http.get("/v1/nothing-here");
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> gateway = http.get("/api/nobody/nothing/here");
        assertThat(gateway.statusCode()).isEqualTo(404);
        assertThat(gateway.body()).contains("NOT_FOUND").doesNotContain("<html");
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void built_assets_are_cached_for_good_and_a_conditional_request_is_served() {
        Http http = new Http(platform);
        Matcher script = Pattern.compile("/assets/[A-Za-z0-9_.-]+\\.js")
                .matcher(http.get("/").body());
        assertThat(script.find()).isTrue();
        HttpResponse<String> asset = http.get(script.group());
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("cache-control")).hasValue("public, max-age=31536000, immutable");
        assertThat(asset.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        HttpResponse<String> again = http.send("GET", script.group(), null, null, Map.of("If-None-Match", "\"x\""));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(asset.body());
    }

    @Test
    void a_missing_asset_is_a_404_not_the_app() {
        HttpResponse<String> asset = new Http(platform).get("/assets/missing-file.js");
        assertThat(asset.statusCode()).isEqualTo(404);
        assertThat(asset.body()).doesNotContain("<div id=\"root\">");
    }
}
