package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.AkismetOutcome;
import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One nested class per pipeline step. */
class StepsTest {

    static CommentFacts facts(String content) {
        return new CommentFacts("Reader", "reader@example.com", "https://reader.example", content, "203.0.113.7",
                "Firefox", false, Set.of(), false, false, AkismetOutcome.DISABLED);
    }

    static RuleSettings settings() {
        return new RuleSettings(List.of(), List.of(), 2, false, false, true);
    }

    @Nested
    class Disallowed {
        final DisallowedStep step = new DisallowedStep();

        @Test
        void matchesWordsCaseInsensitivelyInAnyField() {
            RuleSettings s = new RuleSettings(List.of("  CASINO "), List.of(), 2, false, false, true);
            assertEquals(CommentStatus.TRASH, step.decide(facts("best Casino deals"), s).orElseThrow().status());
            assertEquals("rule:disallowed", step.decide(facts("best Casino deals"), s).orElseThrow().reason());
        }

        @Test
        void matchesIpsAndEmails() {
            assertTrue(step.decide(facts("hi"), new RuleSettings(List.of("203.0.113."), List.of(), 2, false, false, true)).isPresent());
            assertTrue(step.decide(facts("hi"), new RuleSettings(List.of("reader@example.com"), List.of(), 2, false, false, true)).isPresent());
        }

        @Test
        void blankKeysAndNoMatchDecideNothing() {
            assertEquals(Optional.empty(), step.decide(facts("hello"), new RuleSettings(List.of(" ", "spam"), List.of(), 2, false, false, true)));
        }
    }

    @Nested
    class Staff {
        final StaffStep step = new StaffStep();

        @Test
        void approvesEditorsAndAdmins() {
            for (String role : List.of("editor", "admin")) {
                CommentFacts f = new CommentFacts("S", "s@x", null, "c", "ip", "ua", true, Set.of(role), false, false, AkismetOutcome.DISABLED);
                assertEquals(CommentStatus.APPROVED, step.decide(f, settings()).orElseThrow().status());
            }
        }

        @Test
        void othersAndGuestsClaimingRolesAreNotStaff() {
            CommentFacts moderator = new CommentFacts("S", "s@x", null, "c", "ip", "ua", true, Set.of("moderator"), false, false, AkismetOutcome.DISABLED);
            CommentFacts guest = new CommentFacts("S", "s@x", null, "c", "ip", "ua", false, Set.of("editor"), false, false, AkismetOutcome.DISABLED);
            assertEquals(Optional.empty(), step.decide(moderator, settings()));
            assertEquals(Optional.empty(), step.decide(guest, settings()));
        }
    }

    @Nested
    class Akismet {
        final AkismetStep step = new AkismetStep();

        @Test
        void spamGoesToTheSpamQueue() {
            StepDecision d = step.decide(facts("x").withAkismet(new AkismetOutcome.Verdict(true, false, "g")), settings()).orElseThrow();
            assertEquals(CommentStatus.SPAM, d.status());
            assertEquals("akismet:spam", d.reason());
            assertEquals("Akismet caught this comment as spam", d.message());
        }

        @Test
        void discardOnlyWhenTheSettingSaysSoAndNeverForALoggedInAuthor() {
            CommentFacts guest = facts("x").withAkismet(new AkismetOutcome.Verdict(true, true, "g"));
            assertEquals(CommentStatus.DISCARDED, step.decide(guest, settings()).orElseThrow().status());
            RuleSettings keep = new RuleSettings(List.of(), List.of(), 2, false, false, false);
            assertEquals(CommentStatus.SPAM, step.decide(guest, keep).orElseThrow().status());
            CommentFacts member = new CommentFacts("M", "m@x", null, "x", "ip", "ua", true, Set.of(), false, false,
                    new AkismetOutcome.Verdict(true, true, "g"));
            assertEquals(CommentStatus.SPAM, step.decide(member, settings()).orElseThrow().status());
        }

        @Test
        void hamDecidesNothingAndErrorsHold() {
            assertEquals(Optional.empty(), step.decide(facts("x").withAkismet(new AkismetOutcome.Verdict(false, false, "g")), settings()));
            StepDecision held = step.decide(facts("x").withAkismet(new AkismetOutcome.Failed("server-error", "HTTP 500")), settings()).orElseThrow();
            assertEquals(CommentStatus.PENDING, held.status());
            assertEquals("akismet:server-error", held.reason());
        }

        @Test
        void withoutAKeyTheRulesDecide() {
            assertEquals(Optional.empty(), step.decide(facts("x"), settings()));
        }
    }

    @Nested
    class ModerationWords {
        @Test
        void holds() {
            RuleSettings s = new RuleSettings(List.of(), List.of("refund"), 2, false, false, true);
            StepDecision d = new ModerationWordsStep().decide(facts("I want a REFUND"), s).orElseThrow();
            assertEquals(CommentStatus.PENDING, d.status());
            assertEquals("rule:moderation-words", d.reason());
        }
    }

    @Nested
    class LinkLimit {
        final LinkLimitStep step = new LinkLimitStep();

        @Test
        void holdsMoreLinksThanTheLimit() {
            assertEquals(Optional.empty(), step.decide(facts("https://a.example and www.b.example"), settings()));
            StepDecision d = step.decide(facts("https://a.example http://b.example https://www.c.example"), settings()).orElseThrow();
            assertEquals("rule:links>2", d.reason());
            assertEquals("held: 3 links", d.message());
        }

        @Test
        void countsAnchorsOnceAndWwwAfterSchemeOnce() {
            assertEquals(1, LinkLimitStep.countLinks("<a href=\"https://x.example\">x</a>"));
            assertEquals(1, LinkLimitStep.countLinks("https://www.x.example"));
            assertEquals(0, LinkLimitStep.countLinks("no links"));
        }
    }

    @Nested
    class Honeypot {
        @Test
        void aFilledHoneypotHolds() {
            CommentFacts filled = new CommentFacts("R", "r@x", null, "c", "ip", "ua", false, Set.of(), true, false, AkismetOutcome.DISABLED);
            assertEquals("rule:honeypot", new HoneypotStep().decide(filled, settings()).orElseThrow().reason());
            assertEquals(Optional.empty(), new HoneypotStep().decide(facts("c"), settings()));
        }
    }

    @Nested
    class ManualApproval {
        @Test
        void holdsEverythingWhenOn() {
            assertEquals(Optional.empty(), new ManualApprovalStep().decide(facts("c"), settings()));
            RuleSettings on = new RuleSettings(List.of(), List.of(), 2, true, false, true);
            assertEquals("rule:manual-approval", new ManualApprovalStep().decide(facts("c"), on).orElseThrow().reason());
        }
    }

    @Nested
    class PreviouslyApproved {
        @Test
        void holdsFirstTimersOnlyWhenOn() {
            RuleSettings on = new RuleSettings(List.of(), List.of(), 2, false, true, true);
            assertEquals("rule:first-comment", new PreviouslyApprovedStep().decide(facts("c"), on).orElseThrow().reason());
            CommentFacts known = new CommentFacts("R", "r@x", null, "c", "ip", "ua", false, Set.of(), false, true, AkismetOutcome.DISABLED);
            assertEquals(Optional.empty(), new PreviouslyApprovedStep().decide(known, on));
            assertEquals(Optional.empty(), new PreviouslyApprovedStep().decide(facts("c"), settings()));
        }
    }

    @Nested
    class Approve {
        @Test
        void neverApprovesWhatAkismetWasAskedButDidNotClear() {
            assertEquals(CommentStatus.APPROVED, new ApproveStep().decide(facts("c"), settings()).orElseThrow().status());
            assertEquals(CommentStatus.PENDING, new ApproveStep().decide(
                    facts("c").withAkismet(new AkismetOutcome.Failed("timeout", "t")), settings()).orElseThrow().status());
        }
    }
}
