package io.dotportion.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.e2e.support.Account;
import io.dotportion.e2e.support.Browser;
import io.dotportion.e2e.support.BrowserTest;
import io.dotportion.e2e.support.ConsoleErrors;
import io.dotportion.e2e.support.Pages;
import io.dotportion.e2e.support.Ui;
import io.dotportion.server.support.RunningPlatform;
import org.junit.jupiter.api.Test;

/** Secrets are added, generated, replaced and deleted; a value never shows again once sent. */
@BrowserTest
class SecretsPageTest {
    private static final String MONGO_URL = "mongodb://app:canary-pass-7f3a@127.0.0.1:27017/shop";

    @Test
    void secrets_are_added_replaced_and_deleted_and_their_values_never_come_back(
            RunningPlatform platform, Browser browser) {
        Ui ui = browser.ui();
        Pages pages = new Pages(browser, platform);
        Account account = Account.fresh("vault");
        pages.signUp(account);
        String projectId = pages.createProject("Vault");
        ui.click("tab-secrets");
        ui.type("secret-name", "signing");
        ui.click("secret-save");
        assertThat(ui.find("secret-row-signing").getText()).contains("jwt").contains("v1");

        ui.type("secret-name", "users_db");
        ui.select("secret-type", "mongodb");
        ui.type("secret-value", MONGO_URL);
        ui.click("secret-save");
        assertThat(ui.find("secret-row-users_db").getText()).contains("mongodb").contains("v1");
        assertThat(ui.find("secret-value").getDomProperty("value")).isEmpty();

        ui.find("secret-row-users_db").findElement(Ui.id("replace-secret")).click();
        ui.type("replace-value", MONGO_URL.replace("canary", "rotated"));
        ui.click("replace-save");
        ui.waitText("secret-row-users_db", "v2");
        browser.screenshot("secrets-page");
        assertThat(browser.driver().getPageSource())
                .doesNotContain("canary-pass")
                .doesNotContain("rotated-pass");

        ui.find("secret-row-signing").findElement(Ui.id("delete-secret")).click();
        ui.click("confirm-delete-secret");
        ui.waitAbsent(Ui.id("secret-row-signing"));
        assertThat(ConsoleErrors.in(browser.console())).isEmpty();
    }
}
