package io.newsroom.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.vertx.core.json.JsonObject;

/**
 * Browser scenarios 1–4, in real Chromium against the whole system: what a reader sees and does on the
 * story page. Reading and replying are done with JavaScript off — the pages must not need it.
 */
@Order(6)
class BrowserReaderIT {

    static String slugOf(String storyId) {
        return Http.get(system().articles("/articles/" + storyId), null).json().getString("slug");
    }

    static String pendingIdWith(String text) {
        JsonObject queue = Http.get(system().moderation("/moderation/comments?status=PENDING&q="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)), Tokens.of("carol")).json();
        return queue.getJsonArray("items").isEmpty() ? null : queue.getJsonArray("items").getJsonObject(0).getString("id");
    }

    /** Scenario 1: read, open the fact-check record, reply, see it awaiting moderation (only the author), then public. */
    @Test
    void aReaderRepliesAndOnlyTheySeeItAwaitingModerationUntilItIsApproved() {
        String title = "Night buses return to the harbour line " + UUID.randomUUID().toString().substring(0, 6);
        String storyId = publishedStory(title);
        String slug = slugOf(storyId);
        String words = "Good to have them back. Timetables: https://example.org/a https://example.org/b https://example.org/c "
                + UUID.randomUUID();

        try (BrowserContext reader = Browsers.visitor(false); BrowserContext other = Browsers.visitor(false)) {
            Page page = reader.newPage();
            page.navigate(system().web("/"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            page.waitForURL("**/articles/" + slug);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();

            // The badge opens its record without JavaScript (<details>).
            assertThat(page.getByText("Checked by: Bob Brown")).isHidden();
            page.getByText("Fact checked").first().click();
            assertThat(page.getByText("Verdict: Verified")).isVisible();
            assertThat(page.getByText("Checked by: Bob Brown")).isVisible();
            assertThat(page.locator(".fact-check-record").getByText("Minutes")).isVisible();

            assertThat(page.getByText("Be the first to comment")).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Leave a Reply"))).isVisible();
            assertThat(page.getByText("Your email address will not be published.")).isVisible();
            assertThat(page.locator(".akismet-notice"))
                    .hasText("This site uses Akismet to reduce spam. Learn how your comment data is processed.");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Learn how your comment data is processed")))
                    .hasAttribute("href", "/privacy");
            // The honeypot is there for bots, out of people's sight and out of the tab order.
            assertTrue(page.locator("#website_confirm").boundingBox().x < 0, "the honeypot field is off-screen");
            assertThat(page.locator("#website_confirm")).hasAttribute("tabindex", "-1");

            page.getByLabel("Comment").fill(words);
            page.getByLabel("Name").fill("Robin Reader");
            page.getByLabel("Email").fill("robin-" + UUID.randomUUID() + "@example.net");
            page.getByLabel("Website").fill("https://robin.example.net");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Comment")).click();
            page.waitForURL("**/articles/" + slug + "#comment-*");
            assertThat(page.getByText("Your comment is awaiting moderation.")).isVisible();
            assertThat(page.getByText(words)).isVisible();
            Browsers.screenshot(page, "story-page.png");

            Page stranger = other.newPage();
            stranger.navigate(system().web("/articles/" + slug));
            assertThat(stranger.getByText("Be the first to comment")).isVisible();
            assertFalse(stranger.locator("body").innerText().contains(words), "another reader does not see a pending reply");
            assertFalse(stranger.locator("body").innerText().contains("awaiting moderation"));

            // A moderator approves it (the console has its own scenario); the reader's page then shows it in public.
            String id = pendingIdWith(words);
            assertTrue(id != null, "the reply waits in the pending queue");
            assertEquals(200, Http.post(system().moderation("/moderation/comments/" + id + "/approve"), Tokens.of("carol"), null).status());
            within(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
                stranger.reload();
                assertThat(stranger.locator(".comment-count")).hasText("1 comment");
                assertThat(stranger.locator(".comment-list").getByText(words)).isVisible();
            });
            assertThat(stranger.locator(".comment-list").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Robin Reader").setExact(true)))
                    .hasAttribute("href", "https://robin.example.net");
            String everything = stranger.content();
            assertFalse(everything.contains("@example.net"), "no email address on a public page");
            within(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
                stranger.navigate(system().web("/"));
                assertThat(stranger.locator("li", new Page.LocatorOptions().setHasText(title))).containsText("1 comment");
            });
            page.reload();
            assertThat(page.getByText("Your comment is awaiting moderation.")).hasCount(0);
            assertThat(page.locator(".comment-list").getByText(words)).isVisible();
        }
    }

    /** Scenario 2: a refused reply shows each message by its field and keeps everything typed. */
    @Test
    void aRefusedReplyKeepsWhatTheReaderTypedAndSaysWhyByTheField() {
        String storyId = publishedStory("Ferry timetable changes in spring " + UUID.randomUUID().toString().substring(0, 6));
        String slug = slugOf(storyId);
        String words = "I would like to know more about the Sunday ferries, please. " + UUID.randomUUID();
        try (BrowserContext reader = Browsers.visitor(false)) {
            Page page = reader.newPage();
            page.navigate(system().web("/articles/" + slug));
            page.getByLabel("Comment").fill(words);
            page.getByLabel("Name").fill("Kai Reader");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Comment")).click();
            page.waitForURL("**/articles/" + slug + "/replies");
            assertThat(page.locator("#email-error")).hasText("Email is required.");
            assertThat(page.getByLabel("Email")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Comment")).hasValue(words);
            assertThat(page.getByLabel("Name")).hasValue("Kai Reader");

            String email = "kai-" + UUID.randomUUID() + "@example.net";
            page.getByLabel("Email").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Comment")).click();
            page.waitForURL("**/articles/" + slug + "#comment-*");

            // A second reply at once is a flood: refused, with the reason, and nothing typed is lost.
            String second = "And one more thing about the ferries. " + UUID.randomUUID();
            page.getByLabel("Comment").fill(second);
            page.getByLabel("Name").fill("Kai Reader");
            page.getByLabel("Email").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Comment")).click();
            page.waitForURL("**/articles/" + slug + "/replies");
            assertThat(page.locator("#form-error")).containsText("You are posting comments too quickly");
            assertThat(page.getByLabel("Comment")).hasValue(second);
            assertThat(page.getByLabel("Email")).hasValue(email);
        }
    }

    /** Scenario 3: hostile text is shown as text; nothing runs, no dialog opens, no CSP violation is logged. */
    @Test
    void hostileContentIsShownAsTextAndNothingRuns() {
        String storyId = publishedStory("Museum opens a new wing " + UUID.randomUUID().toString().substring(0, 6));
        String slug = slugOf(storyId);
        String marker = UUID.randomUUID().toString();
        String hostile = "<script>window.__pwned = 1; alert('script')</script> <img src=x onerror=\"window.__pwned = 2; alert('img')\"> "
                + "<a href=\"javascript:window.__pwned=3\">click</a> \u202Egnp.exe " + marker;
        List<String> dialogs = new ArrayList<>();
        List<String> console = new ArrayList<>();
        try (BrowserContext reader = Browsers.visitor(true)) {
            Page page = reader.newPage();
            page.addInitScript("window.__pwned = 0;");
            page.onDialog(dialog -> {
                dialogs.add(dialog.message());
                dialog.dismiss();
            });
            page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
            page.navigate(system().web("/articles/" + slug));

            // A javascript: website is refused by the field; the text stays.
            page.getByLabel("Comment").fill(hostile);
            page.getByLabel("Name").fill("<b onmouseover=alert('name')>Mallory</b>");
            page.getByLabel("Email").fill("mallory-" + marker + "@example.net");
            page.getByLabel("Website").fill("javascript:alert(document.cookie)");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Comment")).click();
            page.waitForURL("**/replies");
            assertThat(page.locator("#url-error")).hasText("Website must be an http or https address.");
            assertThat(page.getByLabel("Comment")).hasValue(hostile);

            page.getByLabel("Website").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Comment")).click();
            page.waitForURL("**/articles/" + slug + "#comment-*");
            within(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
                page.reload();
                assertThat(page.locator(".comment-list").getByText(marker)).isVisible();
            });
            assertTrue(page.locator(".comment-list").innerText().contains("<script>window.__pwned = 1; alert('script')</script>"),
                    "the script tag is shown as text");
            assertTrue(page.locator(".comment-list").innerText().contains("<b onmouseover=alert('name')>Mallory</b>"));
            assertEquals(0, page.locator(".comment-list img, .comment-list script, .comment-list b[onmouseover]").count());
            page.locator(".comment-list").getByText(marker).hover();
            assertEquals(0, ((Number) page.evaluate("() => window.__pwned")).intValue(), "no hostile script ran");
        }
        assertTrue(dialogs.isEmpty(), "no dialog opened: " + dialogs);
        assertTrue(console.stream().noneMatch(line -> line.contains("Content Security Policy")), "no CSP violation: " + console);
    }

    /** Scenario 4: Erin logs in on Keycloak's own page, replies with the comment box only, and logs out. */
    @Test
    void erinLogsInRepliesWithoutNameOrEmailAndLogsOut() {
        String storyId = publishedStory("Tram depot to become a market hall " + UUID.randomUUID().toString().substring(0, 6));
        String slug = slugOf(storyId);
        String words = "Speaking as a local: a market hall is a fine idea. " + UUID.randomUUID();
        try (BrowserContext erin = Browsers.visitor(true)) {
            Page page = erin.newPage();
            page.navigate(system().web("/articles/" + slug));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in to reply")).click();
            Browsers.logInOnKeycloak(page, "erin");
            page.waitForURL("**/articles/" + slug + "**");
            assertThat(page.locator(".logged-in-as")).hasText("Logged in as Erin Evans. Log out?");
            assertEquals(0, page.locator("#author").count(), "no name field when logged in");
            assertEquals(0, page.locator("#email").count(), "no email field when logged in");

            page.getByLabel("Comment").fill(words);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post Comment")).click();
            page.waitForURL("**/articles/" + slug + "#comment-*");
            assertThat(page.getByText(words)).isVisible();
            within(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> {
                page.reload();
                assertThat(page.locator(".comment-list .comment", new Page.LocatorOptions().setHasText(words)))
                        .containsText("Erin Evans");
            });

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log out?")).click();
            page.waitForURL(url -> java.net.URI.create(url).getPath().equals("/") && url.startsWith(system().web("/")));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Latest stories"))).isVisible();
            page.navigate(system().web("/articles/" + slug));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in to reply"))).isVisible();
            // Keycloak's session ended too: logging in again asks for the password.
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in to reply")).click();
            page.waitForURL("**/realms/newsroom/**");
            assertThat(page.locator("#password")).isVisible();
        }
    }
}
