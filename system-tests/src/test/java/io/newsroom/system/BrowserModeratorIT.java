package io.newsroom.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.newsroom.system.Newsroom.anonymous;
import static io.newsroom.system.Newsroom.moderationStatus;
import static io.newsroom.system.Newsroom.publicThreads;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.reply;
import static io.newsroom.system.Newsroom.simulatorRequests;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.uniqueIp;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

/** Browser scenarios 5 and 6: the moderators' console, and who may not use it. */
@Order(7)
class BrowserModeratorIT {

    /** Scenario 5: Carol works the queue: the spam count, a spam comment's history, approve, bulk trash, Check for Spam. */
    @Test
    void carolApprovesAkismetsMistakeTrashesThreeAtOnceAndChecksForSpam() {
        String storyId = publishedStory("Harbour festival dates announced " + UUID.randomUUID().toString().substring(0, 6));
        String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String spamText = "Cheap tickets for the festival, click now " + marker;
        Http.Reply spam = reply(storyId, anonymous("Ticket Tout", "akismet-guaranteed-spam@example.com", spamText), uniqueIp());
        assertEquals(202, spam.status(), spam.toString());
        String spamId = spam.json().getString("id");
        List<String> held = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Http.Reply r = reply(storyId, anonymous("Link Lover " + i, "links" + i + "-" + marker + "@example.net",
                    "Held " + marker + " " + i + ": https://example.org/1 https://example.org/2 https://example.org/3"), uniqueIp());
            held.add(r.json().getString("id"));
        }
        within(Duration.ofSeconds(30)).until(() -> "SPAM".equals(moderationStatus(spamId))
                && held.stream().allMatch(id -> "PENDING".equals(moderationStatus(id))));
        long spamCount = Http.get(system().moderation("/moderation/comments?status=SPAM"), Tokens.of("carol")).json()
                .getJsonObject("counts").getLong("SPAM");
        int hamReportsBefore = simulatorRequests("/1.1/submit-ham").size();
        List<String> console = new ArrayList<>();

        try (BrowserContext carol = Browsers.visitor(true)) {
            Page page = carol.newPage();
            page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
            page.navigate(system().web("/moderation"));
            Browsers.logInOnKeycloak(page, "carol");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Comments"))).isVisible();
            assertThat(page.locator(".tabs")).containsText("Spam (" + spamCount + ")");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spam (" + spamCount + ")")).click();
            page.getByLabel("Search comments").fill(marker);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.locator("tr.queue-row")).hasCount(1);
            assertThat(page.locator("tr.queue-row")).containsText("akismet-guaranteed-spam@example.com");
            assertThat(page.locator("tr.queue-row")).containsText("Akismet caught this comment as spam");

            page.getByText(spamText).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Comment by Ticket Tout"))).isVisible();
            assertThat(page.locator(".history")).containsText("Akismet caught this comment as spam");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")).click();
            assertThat(page.locator(".notice")).hasText("1 comment approved.");
            assertThat(page.locator(".comment-facts .status")).hasText("Approved");
            assertThat(page.locator(".history")).containsText("carol approved this comment (not spam)");
            within(Duration.ofSeconds(20)).until(() -> publicThreads(storyId).getLong("total") == 1);
            within(Duration.ofSeconds(20)).until(() -> simulatorRequests("/1.1/submit-ham").size() > hamReportsBefore);

            page.navigate(system().web("/moderation?status=PENDING"));
            page.getByLabel("Search comments").fill(marker);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
            assertThat(page.locator("tr.queue-row")).hasCount(3);
            page.getByLabel("Select all").check(); // progressive JavaScript: the file, not an inline script
            page.getByLabel("Bulk actions").selectOption("trash");
            Browsers.screenshot(page, "console.png");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply")).click();
            assertThat(page.locator(".notice")).hasText("3 comments moved to the trash.");
            for (String id : held) {
                assertEquals("TRASH", moderationStatus(id));
            }

            page.navigate(system().web("/moderation?status=PENDING"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check for Spam")).click();
            assertThat(page.locator(".notice")).containsText("sent back to Akismet");
        }
        assertTrue(console.stream().noneMatch(line -> line.contains("Content Security Policy")), "no CSP violation: " + console);
    }

    /** The settings form is for admins: dave changes the link limit and puts it back; carol gets the 403 page. */
    @Test
    void daveChangesTheModerationSettingsInAFormAndCarolMayNot() {
        try (BrowserContext dave = Browsers.visitor(false)) {
            Page page = dave.newPage();
            page.navigate(system().web("/moderation/settings"));
            Browsers.logInOnKeycloak(page, "dave");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Moderation settings"))).isVisible();
            String before = page.getByLabel("Hold a comment with more links than").inputValue();
            page.getByLabel("Hold a comment with more links than").fill("many");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
            assertThat(page.locator(".field-error")).hasText("Link limit must be a whole number.");
            page.getByLabel("Hold a comment with more links than").fill("7");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
            assertThat(page.locator(".notice")).hasText("Settings saved.");
            assertEquals(7, Http.get(system().moderation("/moderation/settings"), Tokens.of("dave")).json().getInteger("linkLimit"));
            page.getByLabel("Hold a comment with more links than").fill(before);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
            assertThat(page.locator(".notice")).hasText("Settings saved.");
            assertEquals(Integer.parseInt(before),
                    Http.get(system().moderation("/moderation/settings"), Tokens.of("dave")).json().getInteger("linkLimit"));
        }
        try (BrowserContext carol = Browsers.visitor(false)) {
            Page page = carol.newPage();
            page.navigate(system().web("/moderation/settings"));
            Browsers.logInOnKeycloak(page, "carol");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You cannot open this page"))).isVisible();
        }
    }

    /** Scenario 6: a reader gets a clear 403 page at /moderation; a form POST without its CSRF token is refused. */
    @Test
    void aReaderCannotOpenTheConsoleAndAFormWithoutItsTokenIsRefused() {
        try (BrowserContext erin = Browsers.visitor(false)) {
            Page page = erin.newPage();
            page.navigate(system().web("/moderation"));
            Browsers.logInOnKeycloak(page, "erin");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You cannot open this page"))).isVisible();
            assertThat(page.locator("main")).containsText("The moderators' console is for moderators and administrators.");
            assertTrue(!page.content().contains("Exception") && !page.content().contains("at io."), "no stack trace");
            APIResponse settings = page.request().get(system().web("/moderation/settings"));
            assertEquals(403, settings.status());
        }
        try (BrowserContext carol = Browsers.visitor(false)) {
            Page page = carol.newPage();
            page.navigate(system().web("/moderation"));
            Browsers.logInOnKeycloak(page, "carol");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Comments"))).isVisible();
            // Carol's session cookie is sent, the form's CSRF token is not: what a forged cross-site form would do.
            APIResponse forged = page.request().post(system().web("/moderation/recheck"),
                    RequestOptions.create().setForm(FormData.create().set("status", "PENDING")).setMaxRedirects(0));
            assertEquals(400, forged.status());
            assertTrue(forged.text().contains("This form could not be accepted"), forged.text());
            assertTrue(forged.headers().getOrDefault("content-type", "").startsWith("text/html"));
        }
    }
}
