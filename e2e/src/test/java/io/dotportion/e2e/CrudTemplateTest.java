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
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The "CRUD on a collection" template, created from the project's templates in one click, then served (every
 * endpoint is exercised over HTTP by the server's CrudCollectionTest).
 */
@BrowserTest
class CrudTemplateTest {

    @Test
    @SuppressWarnings("unchecked")
    void one_click_creates_the_five_item_endpoints_and_create_serves_once_deployed(
            RunningPlatform platform, Browser browser) {
        Account account = Account.fresh("crud");
        new Pages(browser, platform).signUp(account);
        Http http = new Http(platform);
        String token = http.login(account.email(), account.password());
        Api api = new Api(http, token);
        String projectId = (String) api.call("POST", "/v1/projects", Map.of("name", "Stock", "slug", "stock"), 201)
                .get("id");
        Ui ui = browser.ui();
        browser.driver().get(platform.url("/projects/" + projectId));

        ui.click("template-crud-collection-apply");
        ui.waitText("template-crud-collection-done", "Created 5 draft workflows");

        assertThat(ui.find("template-crud-collection-done").getText())
                .contains("POST /items", "GET /items/{id}", "PUT /items/{id}", "DELETE /items/{id}")
                .doesNotContain("secret");
        ui.waitCount(By.cssSelector("[data-testid^='workflow-row-']"), 5);
        List<Object> workflows =
                (List<Object>) Json.parse(http.send("GET", "/v1/projects/" + projectId + "/workflows", null, token)
                        .body());
        for (Object w : workflows) {
            api.call("POST", "/v1/workflows/" + ((Map<String, Object>) w).get("id") + "/deploy", null, 200);
        }
        String base = "/api/" + account.username() + "/stock/items";
        HttpResponse<String> created = http.send("POST", base, "{\"name\": \"bolt\", \"quantity\": 4}");
        HttpResponse<String> refused = http.send("POST", base, "{\"quantity\": -1}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat((Map<String, Object>) Json.parse(created.body()))
                .containsEntry("name", "bolt")
                .containsEntry("quantity", 4)
                .containsKey("id");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("INVALID_REQUEST", "name", "quantity");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
