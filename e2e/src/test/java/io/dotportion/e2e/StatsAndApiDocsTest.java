package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Api;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Curl;
import io.dotportion.e2e.support.Greeter;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/** The stats page after a few calls of a deployed endpoint, and the API docs with a curl line that works. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@BrowserTest
class StatsAndApiDocsTest {
    private final RunningPlatform platform;
    private final Browser browser;
    private final Account account;
    private final Http http;
    private final Api api;
    private final String projectId;
    private String workflowId;

    StatsAndApiDocsTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        account = Account.fresh("stats");
        new Pages(browser, platform).signUp(account);
        http = new Http(platform);
        api = new Api(http, http.login(account.email(), account.password()));
        List<String> ids = Greeter.deploy(api, "Greeter", "greeter");
        projectId = ids.get(0);
        workflowId = ids.get(1);
    }

    @Test
    @Order(1)
    void the_stats_page_counts_the_calls_and_errors_of_the_deployed_endpoints() {
        String endpoint = "/api/" + account.username() + "/greeter/hello";
        for (int i = 0; i < 3; i++) {
            assertThat(http.send("POST", endpoint, "{\"name\": \"Ada\"}").statusCode())
                    .isEqualTo(200);
        }
        assertThat(http.send("POST", endpoint, "{}").statusCode()).isEqualTo(400);
        awaitCountedCalls(4);

        Ui ui = browser.ui();
        browser.driver().get(platform.url("/projects/" + projectId + "/stats"));
        ui.waitText("stats-total-calls", "4");
        assertThat(ui.find("stats-status-codes").getText()).contains("200: 3").contains("400: 1");
        assertThat(ui.find("stats-total-p95").getText()).endsWith("ms");
        assertThat(ui.all(By.cssSelector("[data-testid='chart-calls-bar']"))).hasSize(1);
        assertThat(ui.all(By.cssSelector("[data-testid='chart-latency-bar']"))).hasSize(1);
        assertThat(ui.find("stats-workflow-Hello").getText())
                .contains("Hello")
                .contains("4")
                .contains("1");
        browser.screenshot("stats-page");

        ui.select("stats-workflow", workflowId);
        ui.waitAbsent(Ui.id("stats-workflows"));
        ui.waitText("stats-total-calls", "4");

        ui.click("stats-range-30d");
        ui.waitAttribute(Ui.id("stats-range-30d"), "aria-pressed", "true");
        ui.waitText("stats-total-calls", "4");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    /** A run is counted just after its answer is sent: flush until the API reports every call (bounded). */
    private void awaitCountedCalls(int calls) {
        Poll.until(
                Duration.ofSeconds(20),
                () -> {
                    platform.flushStats();
                    Object totals = api.call("GET", "/v1/projects/" + projectId + "/stats", null, 200)
                            .get("totals");
                    return ((Number) ((Map<?, ?>) totals).get("calls")).intValue();
                },
                counted -> counted == calls,
                calls + " counted calls");
    }

    @Test
    @Order(2)
    void the_api_docs_show_the_endpoint_and_its_curl_line_works() {
        Ui ui = browser.ui();
        browser.driver().get(platform.url("/projects/" + projectId));
        ui.click("tab-api");
        By card = Ui.id("endpoint-post-/hello");
        assertThat(ui.find(card).getText()).contains("POST").contains("/hello").contains("Hello");
        assertThat(ui.find("endpoint-body-fields").getText())
                .contains("name")
                .contains("string")
                .contains("required");
        assertThat(ui.find("endpoint-responses").getText()).contains("200").contains("400");
        String curl = ui.find("endpoint-curl").getDomProperty("textContent");
        String base = platform.url("/api/" + account.username() + "/greeter");
        assertThat(curl)
                .isEqualTo("curl -X POST '" + base + "/hello' -H 'Content-Type: application/json'"
                        + " -d '{\"name\":\"text\"}'");
        browser.screenshot("api-docs");

        HttpResponse<String> answer = Curl.run(curl);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"hello\"").contains("text");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
