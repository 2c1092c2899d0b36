package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The Data tab lists the managed database's collections, filters and sorts documents, edits and deletes one. */
@BrowserTest
class DataPageTest {
    private static final By ROWS = By.cssSelector("[data-testid='document-list'] > li");

    @Test
    void the_data_page_lists_collections_filters_sorts_edits_and_deletes_documents(
            RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Account account = Account.fresh("shelf");
        Pages pages = new Pages(browser, platform);
        pages.signUp(account);
        String projectId = pages.createProject("Shelf");
        Http http = new Http(platform);
        Api api = new Api(http, http.login(account.email(), account.password()));
        String books = "/v1/projects/" + projectId + "/data/collections/books/documents";
        api.call("POST", books, Map.of("title", "Dune", "genre", "novel", "year", 1965), 201);
        String poems = (String) api.call("POST", books, Map.of("title", "Ariel", "genre", "poetry", "year", 1965), 201)
                .get("_id");
        api.call("POST", books, Map.of("title", "Emma", "genre", "novel", "year", 1815), 201);
        api.call("POST", "/v1/projects/" + projectId + "/data/collections/authors/documents", Map.of("n", 1), 201);

        ui.click("tab-data");
        ui.waitText("collection-books", "3");
        assertThat(ui.find("collection-authors").getText()).contains("1");
        openBooks(ui);
        ui.waitCount(ROWS, 3);

        ui.type("data-filter", "{genre: poetry}");
        ui.click("data-apply");
        assertThat(ui.find("data-filter-error").getText()).contains("not valid JSON");
        ui.type("data-filter", "[\"poetry\"]");
        ui.click("data-apply");
        ui.waitText("data-filter-error", "must be a JSON object");

        ui.type("data-filter", "{\"genre\": \"novel\"}");
        ui.type("data-sort", "year");
        ui.click("data-apply");
        ui.waitText("data-page-label", "1–2 of 2");
        ui.waitCount(ROWS, 2);
        assertThat(ui.all(ROWS).getFirst().getText()).contains("Emma");
        ui.find(By.cssSelector("input[type='checkbox']")).click();
        ui.click("data-apply");
        ui.waitCount(ROWS, 2);
        ui.waitText("document-list", "Dune");
        assertThat(ui.all(ROWS).getFirst().getText()).contains("Dune");
        browser.screenshot("data-page");

        ui.type("data-filter", "{\"_id\": {\"$oid\": \"" + poems + "\"}}");
        ui.type("data-sort", "");
        ui.click("data-apply");
        ui.waitText("data-page-label", "1–1 of 1");
        WebRow row = new WebRow(ui, "document-" + poems);
        row.click("document-edit");
        ui.type("document-text", "{\"title\": \"Ariel (restored)\", \"genre\": \"poetry\", \"year\": 1966}");
        ui.click("document-save");
        ui.waitText("document-" + poems, "Ariel (restored)");

        browser.driver().navigate().refresh();
        openBooks(ui);
        ui.waitText("document-" + poems, "Ariel (restored)");
        assertThat(ui.find("document-" + poems).getText()).contains("1966");

        row.click("document-delete");
        ui.click("document-confirm-delete");
        ui.waitAbsent(Ui.id("document-" + poems));
        ui.waitCount(ROWS, 2);
        ui.waitText("collection-books", "2");

        ui.click("schema-edit");
        ui.type("schema-text", "{\"required\": [\"title\"], \"properties\": {\"title\": {\"type\": \"string\"}}}");
        ui.click("schema-save");
        ui.waitText("schema-json", "required");
        ui.click("data-insert");
        ui.type("document-text", "{\"genre\": \"essay\"}");
        ui.click("document-save");
        ui.waitText("document-error", "breaks the schema");
        assertThat(ui.find("violations").getText()).contains("title");
        ui.type("document-text", "{\"title\": \"Walden\", \"genre\": \"essay\"}");
        ui.click("document-save");
        ui.waitText("document-list", "Walden");
        ui.waitText("collection-books", "3");
        assertThat(ConsoleErrors.in(browser.console(), List.of("status of 400")))
                .isEmpty();
    }

    private static void openBooks(Ui ui) {
        ui.click(By.cssSelector("[data-testid='collection-books'] button"));
        ui.find("collection-view");
    }

    /** The buttons inside one document's row. */
    private record WebRow(Ui ui, String testId) {
        void click(String button) {
            ui.click(By.cssSelector("[data-testid='" + testId + "'] [data-testid='" + button + "']"));
        }
    }
}
