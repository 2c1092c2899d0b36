package io.dotportion.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless chromium through its chromedriver, with a fresh profile and no background traffic.
 * Collects the browser console so a test can assert that no error was logged.
 */
public final class Browser implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Dimension VIEWPORT = new Dimension(1280, 800);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    public static Browser start() {
        Path chromium = Path.of(System.getProperty("dotportion.chromium", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("browser tests need Debian's chromium and chromium-driver ("
                    + chromium + ", " + chromedriver + "): apt-get install chromium chromium-driver, or build with"
                    + " -Dskip.ui=true");
        }
        try {
            Path profile = Files.createTempDirectory("dotportion-chromium-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(chromium.toFile())
                    .addArguments(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--disable-dev-shm-usage",
                            "--window-size=1280,800",
                            "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(WAIT);
            fitViewport(driver);
            Path shots = Path.of(System.getProperty("dotportion.screenshots", "target/screenshots"));
            Files.createDirectories(shots);
            return new Browser(driver, profile, shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sizes the window so that the page itself gets 1280×800, a laptop screen. */
    private static void fitViewport(ChromeDriver driver) {
        fitViewport(driver, VIEWPORT.getWidth(), VIEWPORT.getHeight());
    }

    private static void fitViewport(ChromeDriver driver, int width, int height) {
        Object chrome = driver.executeScript("return window.outerHeight - window.innerHeight;");
        int extra = chrome instanceof Number n ? Math.max(0, n.intValue()) : 0;
        driver.manage().window().setSize(new Dimension(width, height + extra));
    }

    /** Gives the page itself width × height CSS pixels (a screenshot then has that size). */
    public void viewport(int width, int height) {
        fitViewport(driver, width, height);
    }

    /** Emulates the system's colour scheme ("light" or "dark") as prefers-color-scheme, through CDP. */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Ui ui() {
        return new Ui(driver, WAIT);
    }

    /** Every console entry logged since the browser started (read and kept). */
    public List<LogEntry> console() {
        driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
        return List.copyOf(console);
    }

    public Path screenshot(String name) {
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            TempDirs.delete(profile);
        }
    }
}
