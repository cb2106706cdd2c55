package io.newsroom.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * One real Chromium for every browser scenario (Debian's package; Playwright's own browser download is
 * off), started once and closed when the test JVM ends. Each reader gets a fresh context: their own
 * cookies, their own address (X-Forwarded-For, as behind the site's load balancer), JavaScript on or off.
 */
public final class Browsers {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static Playwright playwright;
    private static Browser browser;

    private Browsers() {
    }

    public static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(CHROMIUM)) {
                throw new IllegalStateException("Chromium is needed at " + CHROMIUM + " (apt-get install -y chromium; .ci/run does it)");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(Browsers::close));
        }
        return browser;
    }

    /** A new visitor: no cookies, an address of their own, JavaScript as asked. */
    public static BrowserContext visitor(boolean javaScript) {
        return browser().newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(1200, 900)
                .setExtraHTTPHeaders(Map.of("X-Forwarded-For", Newsroom.uniqueIp())));
    }

    /** Logs in on Keycloak's own login page, which the site has just sent the browser to. */
    public static void logInOnKeycloak(Page page, String user) {
        page.waitForURL("**/realms/newsroom/**");
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        page.waitForURL(NewsroomSystem.get().web("/") + "**");
    }

    /** A screenshot for the README (copied into docs/screenshots/ by hand when the pages change). */
    public static void screenshot(Page page, String name) {
        Path dir = RunLocal.root().resolve("system-tests/target/screenshots");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
    }

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }
}
