package io.newsroom.comment.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsroom.comment.moderation.StatusApplier;
import io.newsroom.comment.store.CommentRepository;
import io.newsroom.comment.support.Db;
import io.newsroom.comment.support.Replies;
import io.newsroom.comment.support.Stories;
import io.newsroom.comment.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;

/** The retention jobs with the clock moved forward: nothing is kept longer than the privacy statement says. */
@QuarkusTest
class RetentionTest {

    @Inject
    TestClock clock;
    @Inject
    PrivacyService privacy;
    @Inject
    CommentRepository comments;
    @Inject
    StatusApplier applier;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    /** On this class's story: other test classes' replies may still be arriving in the shared database meanwhile. */
    long addressesOlderThan(Duration age) {
        return Db.tx(() -> comments.count("articleId = ?1 and createdAt < ?2 and (userIp is not null or userAgent is not null "
                + "or referrer is not null)", Stories.PRIVACY, clock.instant().minus(age)));
    }

    @Test
    void noAddressUserAgentOrReferrerOutlivesItsRetention() {
        UUID id = Replies.leave(Stories.PRIVACY, Replies.form("Kept a while"));
        clock.moveForward(Duration.ofDays(29));
        privacy.forgetOldAddresses();
        assertNotNull(Db.comment(id).userIp, "29 days: still kept for spam fighting");

        clock.moveForward(Duration.ofDays(2));
        privacy.forgetOldAddresses();
        assertNull(Db.comment(id).userIp);
        assertNull(Db.comment(id).userAgent);
        assertNull(Db.comment(id).referrer);
        assertEquals("Kept a while", Db.comment(id).content);
        assertEquals(0, addressesOlderThan(Duration.ofDays(30)), "none older than the period on the story, whoever wrote it");
    }

    @Test
    void spamAndDiscardedGoAfterFifteenDaysTrashAfterThirty() {
        UUID spam = Replies.leave(Stories.PRIVACY, Replies.form("Spam to purge"));
        UUID discarded = Replies.leave(Stories.PRIVACY, Replies.form("Discarded to purge"));
        UUID trash = Replies.leave(Stories.PRIVACY, Replies.form("Trash to purge"));
        UUID approved = Replies.leave(Stories.PRIVACY, Replies.form("Approved, kept"));
        Replies.decide(applier, Stories.PRIVACY, spam, "SPAM", 1);
        Replies.decide(applier, Stories.PRIVACY, discarded, "DISCARDED", 1);
        Replies.decide(applier, Stories.PRIVACY, trash, "TRASH", 1);
        Replies.decide(applier, Stories.PRIVACY, approved, "APPROVED", 1);

        clock.moveForward(Duration.ofDays(14));
        privacy.purgeUnwanted();
        assertNotNull(Db.comment(spam), "14 days: a moderator may still look");

        clock.moveForward(Duration.ofDays(2));
        privacy.purgeUnwanted();
        assertNull(Db.comment(spam));
        assertNull(Db.comment(discarded));
        assertNotNull(Db.comment(trash), "trash is kept 30 days");

        clock.moveForward(Duration.ofDays(15));
        privacy.purgeUnwanted();
        assertNull(Db.comment(trash));
        assertNotNull(Db.comment(approved), "approved replies stay");
    }
}
