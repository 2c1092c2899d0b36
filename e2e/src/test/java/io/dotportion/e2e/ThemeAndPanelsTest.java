package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.AccessibleNames;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Api;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Editor;
import io.dotportion.e2e.support.Http;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Png;
import io.dotportion.e2e.support.Ui;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.server.support.RunningPlatform;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The editor, its test-run trace, the data page and the secrets page in the system's light and dark schemes
 * (emulated through CDP) at 1440×900 and 1024×768, each saved as a screenshot; the side panels fold to give
 * the canvas room at 1024×768 and stay folded after a reload; a manual theme choice wins over the system's;
 * every form control on those pages has an accessible name.
 */
@BrowserTest
class ThemeAndPanelsTest {
    private static final List<String> SCHEMES = List.of("light", "dark");
    private static final String BACKGROUND =
            "const c = getComputedStyle(document.documentElement).backgroundColor.match(/\\d+/g).map(Number);"
                    + " return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;";

    private final RunningPlatform platform;
    private final Browser browser;
    private final Map<String, Png> shots = new LinkedHashMap<>();

    ThemeAndPanelsTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
    }

    @Test
    void every_page_is_shot_light_and_dark_at_two_sizes_with_panels_that_fold() {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        Pages pages = new Pages(browser, platform);
        Account account = Account.fresh("shots");
        pages.signUp(account);
        String projectId = pages.createProject("Shots");
        seed(projectId, account);
        ui.click("tab-secrets");
        ui.type("secret-name", "signing");
        ui.click("secret-save");
        ui.find("secret-row-signing");
        ui.click("tab-workflows");
        pages.createWorkflow("Greet", "POST", "/greet");
        String editorUrl = browser.driver().getCurrentUrl();
        editor.select("start");
        editor.add(LogicNodeType.ID, "logic-1");
        editor.pressSave();
        editor.waitSaved();
        ui.click("side-tab-test");
        ui.type("test-body-input", "{\"name\": \"Ada\"}");
        ui.click("run-test");
        ui.waitText("test-status", "200");
        editor.waitNodeAttribute("logic-1", "data-trace-status", "ok");

        browser.viewport(1440, 900);
        editorShots(ui, editor, 1440, 900);

        browser.viewport(1024, 768);
        int both = canvasWidth(ui);
        ui.click("toggle-palette");
        ui.waitAttribute(Ui.id("toggle-palette"), "aria-expanded", "false");
        assertThat(ui.all(Ui.id("palette-search"))).isEmpty();
        int folded = canvasWidth(ui);
        assertThat(folded).as("the canvas takes the palette's room").isGreaterThan(both + 100);
        assertThat(folded).as("a usable canvas at 1024×768").isGreaterThanOrEqualTo(640);
        editorShots(ui, editor, 1024, 768);
        ui.click("toggle-inspector");
        ui.waitAttribute(Ui.id("toggle-inspector"), "aria-expanded", "false");
        assertThat(canvasWidth(ui)).isGreaterThan(folded + 200);

        browser.driver().navigate().refresh();
        ui.find("node-start");
        assertThat(ui.find("toggle-palette").getDomAttribute("aria-expanded")).isEqualTo("false");
        assertThat(ui.find("toggle-inspector").getDomAttribute("aria-expanded")).isEqualTo("false");
        ui.click("side-tab-inspect");
        ui.waitAttribute(Ui.id("toggle-inspector"), "aria-expanded", "true");
        ui.click("toggle-palette");
        ui.find("palette-search");

        for (int[] size : new int[][] {{1440, 900}, {1024, 768}}) {
            browser.viewport(size[0], size[1]);
            browser.driver().get(platform.url("/projects/" + projectId + "/data"));
            ui.waitText("collection-books", "2");
            ui.click(By.cssSelector("[data-testid='collection-books'] button"));
            ui.find("collection-view");
            shootBoth("data-page", size[0], size[1]);
            browser.driver().get(platform.url("/projects/" + projectId + "/secrets"));
            ui.find("secret-row-signing");
            shootBoth("secrets-page", size[0], size[1]);
        }

        assertThat(shots).hasSize(16);
        for (String page : List.of("editor", "editor-test-run-trace", "data-page", "secrets-page")) {
            for (String size : List.of("1440x900", "1024x768")) {
                Png light = shots.get(page + "-" + size + "-light");
                Png dark = shots.get(page + "-" + size + "-dark");
                assertThat(dark.meanLuminance())
                        .as(page + " " + size + " is dark in the dark scheme")
                        .isLessThan(light.meanLuminance() * 0.6);
            }
        }

        manualChoiceWinsOverTheSystem(ui, editorUrl);
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    private void editorShots(Ui ui, Editor editor, int width, int height) {
        ui.click("side-tab-inspect");
        editor.select("logic-1");
        shootBoth("editor", width, height);
        ui.click("side-tab-test");
        ui.find("test-body");
        shootBoth("editor-test-run-trace", width, height);
    }

    /** One shot per scheme, each checked: a PNG file of the viewport's size; every control on the page named. */
    private void shootBoth(String page, int width, int height) {
        assertThat(AccessibleNames.unnamed(browser.driver()))
                .as("unnamed controls on " + page)
                .isEmpty();
        for (String scheme : SCHEMES) {
            browser.colorScheme(scheme);
            String name = page + "-" + width + "x" + height + "-" + scheme;
            Path file = browser.screenshot(name);
            Png png = Png.read(file);
            assertThat(png.width()).as(name).isEqualTo(width);
            assertThat(png.height()).as(name).isEqualTo(height);
            shots.put(name, png);
        }
        browser.colorScheme("light");
    }

    private void manualChoiceWinsOverTheSystem(Ui ui, String editorUrl) {
        browser.driver().get(editorUrl);
        ui.find("node-start");
        browser.colorScheme("light");
        assertThat(background()).isGreaterThan(0.8);
        ui.select("theme-choice", "dark");
        ui.waitAttribute(By.tagName("html"), "data-theme", "dark");
        assertThat(background()).as("dark while the system is light").isLessThan(0.2);
        browser.driver().navigate().refresh();
        ui.find("node-start");
        assertThat(background()).as("the choice survives a reload").isLessThan(0.2);
        assertThat(ui.find(By.cssSelector(".react-flow")).getDomAttribute("class"))
                .contains("dark");
        ui.select("theme-choice", "system");
        assertThat(browser.driver().findElement(By.tagName("html")).getDomAttribute("data-theme"))
                .isNull();
        assertThat(background()).isGreaterThan(0.8);
    }

    private double background() {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(BACKGROUND)).doubleValue();
    }

    private static int canvasWidth(Ui ui) {
        return ui.find("canvas").getRect().getWidth();
    }

    private void seed(String projectId, Account account) {
        Http http = new Http(platform);
        Api api = new Api(http, http.login(account.email(), account.password()));
        String books = "/v1/projects/" + projectId + "/data/collections/books/documents";
        api.call("POST", books, Map.of("title", "Dune", "year", 1965), 201);
        api.call("POST", books, Map.of("title", "Emma", "year", 1815), 201);
    }
}
