package io.dotportion.e2e.support;

import io.dotportion.server.support.RunningPlatform;
import org.openqa.selenium.WebDriver;

/** The steps every browser test starts with: sign up, create a project, create a workflow. */
public final class Pages {
    private final WebDriver driver;
    private final Ui ui;
    private final RunningPlatform platform;

    public Pages(Browser browser, RunningPlatform platform) {
        this.driver = browser.driver();
        this.ui = browser.ui();
        this.platform = platform;
    }

    public void signUp(Account account) {
        driver.get(platform.url("/signup"));
        ui.type("signup-email", account.email());
        ui.type("signup-username", account.username());
        ui.type("signup-password", account.password());
        ui.click("signup-submit");
        ui.waitText("current-user", account.username());
    }

    /** Creates a project from the projects page; answers its id (from the URL it opens). */
    public String createProject(String name) {
        ui.type("project-name", name);
        ui.click("project-create");
        ui.find("new-workflow-form");
        String url = driver.getCurrentUrl();
        return url.substring(url.indexOf("/projects/") + "/projects/".length()).split("/")[0];
    }

    public void createWorkflow(String name, String method, String path) {
        ui.type("workflow-name", name);
        ui.select("workflow-method", method);
        ui.type("workflow-path", path);
        ui.click("workflow-create");
        ui.find("node-start");
    }
}
