package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.Poll;
import io.dotportion.core.value.Json;
import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Editor;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.nodes.condition.ConditionNodeType;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.loop.LoopNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.start.ApiStartNode;
import io.dotportion.server.support.RunningPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Wiring on the canvas (a new workflow is API Start → response-1): auto-layout in handle order, splicing a loop, and the code editor's error marks. */
@BrowserTest
class CanvasWiringTest {
    private final RunningPlatform platform;
    private final Browser browser;
    private final Pages pages;
    private final String projectId;

    CanvasWiringTest(RunningPlatform platform, Browser browser) {
        this.platform = platform;
        this.browser = browser;
        pages = new Pages(browser, platform);
        pages.signUp(Account.fresh("wirer"));
        projectId = pages.createProject("Wiring API");
    }

    @Test
    void auto_layout_puts_a_condition_true_branch_left_of_its_false_branch() {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        browser.driver().get(platform.url("/projects/" + projectId));
        ui.find("import-json").sendKeys(Json.write(crossedCondition()));
        ui.click("import-submit");
        ui.find("canvas");
        assertThat(editor.position("yes")[0]).isGreaterThan(editor.position("no")[0]);

        ui.click("auto-layout");

        Poll.until(
                Duration.ofSeconds(10),
                () -> editor.position("yes")[0] < editor.position("no")[0],
                "the true branch left of the false branch");
        assertThat(editor.position("yes")[1]).isGreaterThan(editor.position("cond")[1]);
        browser.screenshot("auto-layout-condition");
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void inserting_a_loop_before_a_response_leaves_the_response_on_done() {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        browser.driver().get(platform.url("/projects/" + projectId));
        pages.createWorkflow("Loop it", "POST", "/loop-it");
        ui.present(Ui.id("rf__edge-e-start-response-1"));
        editor.select("start");

        editor.add(LoopNode.ID, "loop-1");

        ui.present(Ui.id("rf__edge-e-start-loop-1"));
        WebElement done = ui.present(Ui.id("rf__edge-e-loop-1-false-response-1"));
        assertThat(done.getText()).isEqualTo("done");
        assertThat(browser.driver().findElements(Ui.id("rf__edge-e-loop-1-true-response-1")))
                .isEmpty();
        ui.waitAbsent(Ui.id("rf__edge-e-start-response-1"));
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }

    @Test
    void a_logic_syntax_error_is_marked_at_the_users_line() {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        browser.driver().get(platform.url("/projects/" + projectId));
        pages.createWorkflow("Broken code", "POST", "/broken");
        editor.select("start");
        editor.add(LogicNodeType.ID, "logic-1");
        editor.type("logic-code", "const a = 1;\nconst b = ;\nreturn input;");

        editor.pressSave();

        editor.waitNodeAttribute("logic-1", "data-errors", "1");
        assertThat(ui.find("field-error-logic-code").getText()).contains("(line 2, column");
        WebElement marked = ui.find(By.cssSelector("[data-testid='logic-code'] .cm-line .cm-lintRange-error"));
        assertThat(marked.findElement(By.xpath("ancestor::div[contains(concat(' ', @class, ' '), ' cm-line ')][1]"))
                        .getText())
                .isEqualTo("const b = ;");
        browser.screenshot("code-editor-syntax-error");
    }

    @Test
    void tab_indents_inside_the_code_editor_and_escape_then_tab_leaves_it() {
        Ui ui = browser.ui();
        Editor editor = new Editor(browser);
        browser.driver().get(platform.url("/projects/" + projectId));
        pages.createWorkflow("Keyboard code", "POST", "/keyboard");
        editor.select("start");
        editor.add(LogicNodeType.ID, "logic-1");
        WebElement code = ui.find("logic-code");
        code.click();

        code.sendKeys(Keys.HOME, Keys.TAB);

        assertThat(code.getDomProperty("textContent")).isEqualTo("  return input;");
        assertThat(focusedTestId()).isEqualTo("logic-code");

        code.sendKeys(Keys.ESCAPE, Keys.TAB);

        assertThat(focusedTestId()).isNotEqualTo("logic-code");
        assertThat(code.getDomProperty("textContent")).isEqualTo("  return input;");
    }

    private String focusedTestId() {
        return browser.driver().switchTo().activeElement().getDomAttribute("data-testid");
    }

    /** The condition node's data (a text block: its one field shares the node type's name). */
    @SuppressWarnings("unchecked")
    private static final Map<String, Object> CONDITION_DATA = (Map<String, Object>) Json.parse("""
            {"condition": "input.ok"}
            """);

    /** Start → condition; the false branch is listed first and drawn left of the true branch. */
    private static Map<String, Object> crossedCondition() {
        return Map.of(
                "name", "Crossed",
                "method", "POST",
                "path", "/crossed",
                "nodes",
                        List.of(
                                node("start", ApiStartNode.ID, Map.of("method", "POST", "path", "/crossed"), 0, 0),
                                node("cond", ConditionNodeType.ID, CONDITION_DATA, 0, 150),
                                node("no", ResponseNode.ID, Map.of("status", 403), -300, 300),
                                node("yes", ResponseNode.ID, Map.of("status", 200), 300, 300)),
                "edges",
                        List.of(
                                Map.of("id", "e1", "source", "start", "target", "cond"),
                                Map.of("id", "e-no", "source", "cond", "target", "no", "sourceHandle", "false"),
                                Map.of("id", "e-yes", "source", "cond", "target", "yes", "sourceHandle", "true")));
    }

    private static Map<String, Object> node(String id, String type, Map<String, Object> data, int x, int y) {
        return Map.of("id", id, "type", type, "data", data, "position", Map.of("x", x, "y", y));
    }
}
