package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: no driver or browser is
 * downloaded. Each instance is a fresh profile, so no cookie leaks between tests.
 */
final class Browser implements AutoCloseable {

    /*
     * A page's global messages: PrimeFaces' on staff pages and pages with widgets, plain Faces
     * messages on the public pages that load no PrimeFaces (the layout, org.marquee.web.resources.Theme).
     */
    static final String INFO = ".ui-messages-info-summary, .mq-message-info";
    static final String WARN = ".ui-messages-warn-summary, .mq-message-warn";
    static final String ERROR = ".ui-messages-error-summary, .mq-message-error";

    static {
        // Selenium warns at every start that it knows an older DevTools protocol than Chromium's;
        // we use WebDriver only, not DevTools.
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(java.util.logging.Level.SEVERE);
    }

    private final WebDriver driver;
    private final Path profile;

    Browser() {
        this(1280, 900);
    }

    Browser(int width, int height) {
        this(width, height, List.of());
    }

    /** A browser started with further Chromium arguments (a fake camera, say). */
    Browser(int width, int height, List<String> arguments) {
        this(width, height, arguments, java.util.Map.of());
    }

    /** A browser whose user asks for these languages first, as its Accept-Language ("de-DE,de"). */
    static Browser speaking(String acceptLanguages) {
        return new Browser(
                1280,
                900,
                List.of("--lang=" + acceptLanguages.split(",")[0]),
                java.util.Map.of("intl.accept_languages", acceptLanguages));
    }

    /** A browser with further Chromium arguments and profile preferences. */
    Browser(int width, int height, List<String> arguments, java.util.Map<String, Object> preferences) {
        try {
            profile = Files.createTempDirectory("marquee-chromium");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("marquee.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile);
        options.addArguments(arguments);
        if (!preferences.isEmpty()) {
            options.setExperimentalOption("prefs", preferences);
        }
        // The console, for the Content-Security-Policy violations it reports (cspViolations).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("marquee.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /** What the console reported about the Content-Security-Policy since the last call. */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message ->
                        message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
    }

    /**
     * Opens a page of the deployed application. A page that shows a message key the bundle lacks
     * ({@code ???key???}, as Faces renders it) fails whichever test opened it (issue 12, item 19;
     * MessageKeysTest checks the sources for the same without a browser).
     */
    Browser open(String path) {
        driver.get(Deployments.url(path));
        String page = driver.getPageSource();
        int unresolved = page.indexOf("???");
        if (unresolved >= 0) {
            throw new AssertionError(path + " shows an unresolved message key: "
                    + page.substring(unresolved, Math.min(page.length(), unresolved + 80)));
        }
        return this;
    }

    /** The page box of the first element a selector finds: left, top, right, bottom, in CSS pixels. */
    @SuppressWarnings("unchecked")
    List<Number> box(String css) {
        return (List<Number>) ((JavascriptExecutor) driver)
                .executeScript(
                        "var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                + " return [r.left, r.top, r.right, r.bottom];",
                        css);
    }

    WebElement find(String css) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Logs out with the header's button and waits for the logged-out page (its login link): on the
     * home page the path alone does not change, and a page opened before the logout's answer
     * arrives would still see the session.
     */
    void logOut() {
        click("#logout-form\\:logout");
        waitFor().until(ignored -> has("#login-link") && !has("#logout-form"));
        waitForPath("/");
    }

    /**
     * Takes a seat on the checkout's seat map as a buyer does, and waits until the map shows it as
     * the buyer's. A click the page did not act on (the seat still free, no message: seen once in
     * a full run, on the first claim after the deployment) is repeated once, as a person would tap
     * again, and said on the test's output. A refusal fails with the page's message.
     */
    void takeSeat(long seat) {
        String css = "#seat-map [data-seat='" + seat + "']";
        String mine = "#seat-map .mq-seat-mine[data-seat='" + seat + "']";
        click(css);
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(mine)));
            return;
        } catch (TimeoutException e) {
            String state = driver.findElement(By.cssSelector(css)).getAttribute("class");
            String message = shown("#seat-message");
            if (!state.contains("mq-seat-free") || !message.isBlank()) {
                throw new AssertionError("Seat " + seat + " was not taken: " + state + " / " + message, e);
            }
            System.out.println("Seat " + seat + " still free 10 s after a click, no message: clicking again");
        }
        click(css);
        try {
            find(mine);
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "Seat " + seat + " was not taken after a second click: "
                            + driver.findElement(By.cssSelector(css)).getAttribute("class") + " / "
                            + shown("#seat-message"),
                    e);
        }
    }

    /** The text an element shows now, without waiting: empty when there is none. */
    private String shown(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .findFirst()
                .map(WebElement::getText)
                .orElse("");
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    boolean isDisplayed(String css) {
        return driver.findElement(By.cssSelector(css)).isDisplayed();
    }

    /**
     * The text of the first visible element the selector finds. An Ajax answer may redraw the
     * element between finding and reading it (Chrome then says stale, or that the node "does not
     * belong to the document"): it is found and read again, as long as the page needs.
     */
    String text(String css) {
        return waitFor().ignoring(WebDriverException.class).until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            return element.isDisplayed() ? element.getText() : null;
        });
    }

    /**
     * Waits until the element shows exactly this text, then passes; a message an AJAX answer is
     * about to replace (the previous save's, say) is read again until the new one is there.
     */
    void expectText(String css, String expected) {
        expectText(css, expected, null);
    }

    void expectText(String css, String expected, String message) {
        try {
            waitFor()
                    .until(ignored -> expected.equals(
                            driver.findElement(By.cssSelector(css)).getText()));
        } catch (TimeoutException e) {
            assertEquals(expected, text(css), message);
        }
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        // Found and clicked in one try: an element an AJAX answer replaces between the two is
        // stale, and the wait (which ignores that) finds the new one and clicks again.
        waitFor().until(ignored -> {
            WebElement element =
                    ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(driver);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /**
     * Logs in on the login page that is open, as a person would: the password, then, where the
     * account needs it, the sign-in code read from its email ({@link SignInCodes}). A refused
     * password leaves the login page showing its message.
     *
     * @return whether the login asked for a sign-in code
     */
    boolean logIn(String email, String password) {
        submitLogin(email, password);
        if (!has("#code\\:otp")) {
            return false;
        }
        enterCode(SignInCodes.newest(email));
        return true;
    }

    /** Fills the password form of the login page and submits it; returns when the answer is shown. */
    void submitLogin(String email, String password) {
        type("#login\\:email", email);
        type("#login\\:password", password);
        submit("#login\\:submit");
    }

    /** Types a sign-in code into the login's second step and submits it. */
    void enterCode(String code) {
        type("#code\\:otp", code);
        submit("#code\\:submit");
    }

    /** Clicks a button that posts the whole page, and waits until the page it answers with is there. */
    void submit(String css) {
        WebElement button = waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        button.click();
        // While the old page goes, Chromium may answer "node does not belong to the document"
        // instead of "stale": the same news, so the wait asks again.
        waitFor().ignoring(WebDriverException.class).until(ExpectedConditions.stalenessOf(button));
        waitFor().until(ignored -> "complete"
                .equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** The path of the page shown, without its query. */
    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The path and query of the page shown. */
    String pathAndQuery() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getRawQuery();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    void waitForPath(String path) {
        waitFor().until(ignored -> path().equals(path));
    }

    WebDriverWait waitFor() {
        // A page replaced while a condition reads it is no failure: the condition is asked again.
        // A wait that runs out leaves the page as it was behind (failure-N.png, .html), so that a
        // failure in a full run can be read without running it again.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30)) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                keepFailure(message);
                return super.timeoutException(message, lastException);
            }
        };
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private static final java.util.concurrent.atomic.AtomicInteger FAILURES =
            new java.util.concurrent.atomic.AtomicInteger();

    /** The page's picture, its source and address where a wait ran out, said on the test's output. */
    private void keepFailure(String message) {
        String name = "failure-" + ProcessHandle.current().pid() + "-" + FAILURES.incrementAndGet();
        Path directory = Path.of(System.getProperty("marquee.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(
                    directory.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            System.out.println("A wait ran out (" + message + ") on " + driver.getCurrentUrl() + ": the page is in "
                    + directory.resolve(name + ".png") + " and .html");
        } catch (IOException | RuntimeException e) {
            System.out.println("A wait ran out (" + message + "); the page could not be kept: " + e);
        }
    }

    void screenshot(String name) {
        Path directory = Path.of(System.getProperty("marquee.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(directory);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + name + ": " + e);
        }
        // Every journey that stops for a picture also proves that nothing on its way was refused
        // by the Content-Security-Policy (a handler attribute or a script without the page's
        // nonce would silently not run).
        List<String> violations;
        try {
            violations = cspViolations();
        } catch (RuntimeException unreadable) {
            return; // a dialog open, a page unloading: the next screenshot reads the log
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations up to screenshot " + name + ": " + violations);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
