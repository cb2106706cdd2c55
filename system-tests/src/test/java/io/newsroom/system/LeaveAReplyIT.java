package io.newsroom.system;

import static io.newsroom.system.Newsroom.anonymous;
import static io.newsroom.system.Newsroom.commentCount;
import static io.newsroom.system.Newsroom.moderationStatus;
import static io.newsroom.system.Newsroom.publicThreads;
import static io.newsroom.system.Newsroom.publishedStory;
import static io.newsroom.system.Newsroom.reply;
import static io.newsroom.system.Newsroom.simulatorRequests;
import static io.newsroom.system.Newsroom.system;
import static io.newsroom.system.Newsroom.uniqueIp;
import static io.newsroom.system.Newsroom.within;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

/** Scenarios 1 and 2 of the system: the newsroom publishes, readers reply, moderation decides, moderators correct. */
@Order(2)
class LeaveAReplyIT {

    @Test
    void theNewsroomPublishesAFactCheckedStoryAndKeepsDraftsHidden() {
        NewsroomSystem system = system();
        String id = publishedStory("Harbour dredging finally starts");
        JsonObject story = Http.get(system.articles("/articles/" + id), null).json();
        assertEquals("PUBLISHED", story.getString("status"));
        assertEquals("VERIFIED", story.getJsonObject("factCheck").getString("verdict"));
        assertEquals("Bob Brown", story.getJsonObject("factCheck").getString("checkedBy"));
        assertEquals(200, Http.get(system.articles("/articles/" + story.getString("slug")), null).status());

        Http.Reply draft = Http.post(system.articles("/articles"), Tokens.of("alice"),
                new JsonObject().put("title", "Still a draft").put("body", "Not yet."));
        String draftId = draft.json().getString("id");
        assertEquals(404, Http.get(system.articles("/articles/" + draftId), null).status());
        assertEquals(404, Http.get(system.articles("/articles/" + draftId), Tokens.of("erin")).status());
        assertEquals(200, Http.get(system.articles("/articles/" + draftId), Tokens.of("bob")).status());
        assertFalse(Http.get(system.articles("/articles?size=100"), null).body().contains(draftId));
    }

    @Test
    void hamIsPublicWithinSecondsAndARepliesThreadsUnderIt() {
        String story = publishedStory("Library opens on Sundays");
        Http.Reply ham = reply(story, anonymous("Pat Reader", "pat@example.net", "Finally, Sunday opening!"), uniqueIp());
        assertEquals(202, ham.status(), ham.toString());
        String hamId = ham.json().getString("id");
        assertEquals("PENDING", ham.json().getString("status"));

        within(Duration.ofSeconds(20)).until(() -> publicThreads(story).getLong("total") == 1);
        within(Duration.ofSeconds(20)).until(() -> commentCount(story) == 1);

        JsonObject answer = anonymous("Lee Reader", "lee@example.net", "Sundays from when?").put("parentId", hamId);
        assertEquals(202, reply(story, answer, uniqueIp()).status());
        within(Duration.ofSeconds(20)).until(() -> publicThreads(story).getLong("total") == 2);
        JsonObject thread = publicThreads(story).getJsonArray("comments").getJsonObject(0);
        assertEquals(hamId, thread.getString("id"));
        assertEquals("Sundays from when?", thread.getJsonArray("replies").getJsonObject(0).getString("content"));
        assertEquals(2, thread.getJsonArray("replies").getJsonObject(0).getInteger("depth"));
        within(Duration.ofSeconds(20)).until(() -> commentCount(story) == 2);
    }

    @Test
    void spamGoesToTheQueueAndAModeratorsCorrectionsTeachAkismet() {
        String story = publishedStory("Bus fares frozen for a year");
        Http.Reply spam = reply(story, anonymous("Cheap Pills", "akismet-guaranteed-spam@example.com", "Best prices, click now"), uniqueIp());
        assertEquals(202, spam.status(), spam.toString());
        String spamId = spam.json().getString("id");
        within(Duration.ofSeconds(20)).until(() -> "SPAM".equals(moderationStatus(spamId)));
        assertEquals(0, publicThreads(story).getLong("total"));
        assertTrue(Http.get(system().moderation("/moderation/comments?status=SPAM&size=100"), Tokens.of("carol")).body().contains(spamId));

        int hamReportsBefore = simulatorRequests("/1.1/submit-ham").size();
        Http.Reply approved = Http.post(system().moderation("/moderation/comments/" + spamId + "/approve"), Tokens.of("carol"), null);
        assertEquals(200, approved.status(), approved.toString());
        within(Duration.ofSeconds(20)).until(() -> publicThreads(story).getLong("total") == 1);
        within(Duration.ofSeconds(20)).until(() -> simulatorRequests("/1.1/submit-ham").size() > hamReportsBefore);
        JsonObject hamReport = simulatorRequests("/1.1/submit-ham").getJsonObject(simulatorRequests("/1.1/submit-ham").size() - 1);
        assertEquals("akismet-guaranteed-spam@example.com", hamReport.getJsonObject("fields").getString("comment_author_email"));
        assertEquals("carol", hamReport.getJsonObject("fields").getString("reporter"));

        Http.Reply ham = reply(story, anonymous("Kim Reader", "kim@example.net", "Good news for commuters."), uniqueIp());
        String hamId = ham.json().getString("id");
        within(Duration.ofSeconds(20)).until(() -> publicThreads(story).getLong("total") == 2);
        int spamReportsBefore = simulatorRequests("/1.1/submit-spam").size();
        assertEquals(200, Http.post(system().moderation("/moderation/comments/" + hamId + "/spam"), Tokens.of("carol"), null).status());
        within(Duration.ofSeconds(20)).until(() -> publicThreads(story).getLong("total") == 1);
        within(Duration.ofSeconds(20)).until(() -> simulatorRequests("/1.1/submit-spam").size() > spamReportsBefore);
        within(Duration.ofSeconds(20)).until(() -> commentCount(story) == 1);
    }

    @Test
    void blatantSpamIsDiscardedWithoutATraceInAnyQueue() {
        String story = publishedStory("Marathon route announced");
        Http.Reply discard = reply(story, anonymous("Bot", "bot@example.net", "akismet-discard-test buy buy buy"), uniqueIp());
        assertEquals(202, discard.status());
        String id = discard.json().getString("id");
        String statusUrl = discard.json().getString("statusUrl");
        within(Duration.ofSeconds(20)).until(() -> "DISCARDED".equals(Newsroom.publicStatus(statusUrl)));
        for (String status : new String[] { "PENDING", "SPAM", "APPROVED", "TRASH" }) {
            String queue = Http.get(system().moderation("/moderation/comments?status=" + status + "&size=100"), Tokens.of("carol")).body();
            assertFalse(queue.contains(id), "a discarded comment is in no queue: " + status);
        }
        assertEquals(0, publicThreads(story).getLong("total"));
    }
}
