package io.newsroom.moderation.decision;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One nested class per rule. */
class RulesTest {

    static CommentFacts facts(String content) {
        return new CommentFacts("Reader", "reader@example.com", "https://reader.example", content, "203.0.113.7",
                "Firefox", false, Set.of(), false, false);
    }

    static CommentFacts facts(boolean loggedIn, Set<Role> roles, boolean honeypotFilled, boolean previouslyApproved) {
        return new CommentFacts("S", "s@x", null, "c", "ip", "ua", loggedIn, roles, honeypotFilled, previouslyApproved);
    }

    static Policy settings() {
        return Policy.defaults(AkismetMode.ON);
    }

    /** The defaults with the fields these tests vary; {@code previouslyApproved} ON or OFF. */
    static Policy settings(List<String> disallowed, List<String> moderation, boolean manualApproval,
                           boolean previouslyApproved, boolean discardWorstSpam) {
        return new Policy(disallowed, moderation, 2, manualApproval,
                previouslyApproved ? PreviouslyApprovedMode.ON : PreviouslyApprovedMode.OFF, discardWorstSpam, Set.of(),
                AkismetMode.ON, Policy.DEFAULT_RETRIES);
    }

    @Nested
    class Disallowed {
        final DisallowedRule step = new DisallowedRule();

        @Test
        void matchesWordsCaseInsensitivelyInAnyField() {
            Policy s = settings(List.of("  CASINO "), List.of(), false, false, true);
            assertEquals(CommentStatus.TRASH, step.judge(facts("best Casino deals"), s).orElseThrow().status());
            assertEquals("rule:disallowed", step.judge(facts("best Casino deals"), s).orElseThrow().reason());
        }

        @Test
        void matchesIpsAndEmails() {
            assertTrue(step.judge(facts("hi"), settings(List.of("203.0.113."), List.of(), false, false, true)).isPresent());
            assertTrue(step.judge(facts("hi"), settings(List.of("reader@example.com"), List.of(), false, false, true)).isPresent());
        }

        @Test
        void blankKeysAndNoMatchDecideNothing() {
            assertEquals(Optional.empty(), step.judge(facts("hello"), settings(List.of(" ", "spam"), List.of(), false, false, true)));
        }
    }

    @Nested
    class Staff {
        final StaffRule step = new StaffRule();

        @Test
        void approvesEditorsAndAdmins() {
            for (Role role : List.of(Role.EDITOR, Role.ADMIN)) {
                assertEquals(CommentStatus.APPROVED, step.judge(facts(true, Set.of(role), false, false), settings())
                        .orElseThrow().status());
            }
            assertEquals("approved: written by staff (admin)",
                    step.judge(facts(true, Set.of(Role.EDITOR, Role.ADMIN), false, false), settings()).orElseThrow().message());
        }

        @Test
        void othersAndGuestsClaimingRolesAreNotStaff() {
            assertEquals(Optional.empty(), step.judge(facts(true, Set.of(Role.MODERATOR, Role.FACT_CHECKER), false, false), settings()));
            assertEquals(Optional.empty(), step.judge(facts(false, Set.of(Role.EDITOR), false, false), settings()));
        }
    }

    @Nested
    class Akismet {
        final AkismetRule step = new AkismetRule();

        @Test
        void spamGoesToTheSpamQueue() {
            Finding d = step.judge(new AkismetAnswer.Verdict(true, false, "g"), facts("x"), settings()).orElseThrow();
            assertEquals(CommentStatus.SPAM, d.status());
            assertEquals("akismet:spam", d.reason());
            assertEquals("Akismet caught this comment as spam", d.message());
        }

        @Test
        void discardOnlyWhenTheSettingSaysSoAndNeverForALoggedInAuthor() {
            AkismetAnswer blatant = new AkismetAnswer.Verdict(true, true, "g");
            assertEquals(CommentStatus.DISCARDED, step.judge(blatant, facts("x"), settings()).orElseThrow().status());
            Policy keep = settings(List.of(), List.of(), false, false, false);
            assertEquals(CommentStatus.SPAM, step.judge(blatant, facts("x"), keep).orElseThrow().status());
            assertEquals(CommentStatus.SPAM, step.judge(blatant, facts(true, Set.of(), false, false), settings())
                    .orElseThrow().status());
        }

        @Test
        void hamDecidesNothingAndErrorsHold() {
            assertEquals(Optional.empty(), step.judge(new AkismetAnswer.Verdict(false, false, "g"), facts("x"), settings()));
            Finding held = step.judge(AkismetAnswer.Failure.of(AkismetAnswer.FailureKind.SERVER_ERROR, "HTTP 500"),
                    facts("x"), settings()).orElseThrow();
            assertEquals(CommentStatus.PENDING, held.status());
            assertEquals("akismet:server-error", held.reason());
        }

        @Test
        void whatPassedEveryRuleAfterAkismetClearedItIsApprovedByAkismet() {
            Finding cleared = step.cleared();
            assertEquals(CommentStatus.APPROVED, cleared.status());
            assertEquals(DecidedBy.AKISMET, cleared.decidedBy());
            assertEquals("akismet:ham", cleared.reason());
        }
    }

    @Nested
    class ModerationWords {
        @Test
        void holds() {
            Policy s = settings(List.of(), List.of("refund"), false, false, true);
            Finding d = new ModerationWordsRule().judge(facts("I want a REFUND"), s).orElseThrow();
            assertEquals(CommentStatus.PENDING, d.status());
            assertEquals("rule:moderation-words", d.reason());
        }
    }

    @Nested
    class LinkLimit {
        final LinkLimitRule step = new LinkLimitRule();

        @Test
        void holdsMoreLinksThanTheLimit() {
            assertEquals(Optional.empty(), step.judge(facts("https://a.example and www.b.example"), settings()));
            Finding d = step.judge(facts("https://a.example http://b.example https://www.c.example"), settings()).orElseThrow();
            assertEquals("rule:links>2", d.reason());
            assertEquals("held: 3 links", d.message());
        }

        @Test
        void countsAnchorsOnceAndWwwAfterSchemeOnce() {
            assertEquals(1, LinkLimitRule.countLinks("<a href=\"https://x.example\">x</a>"));
            assertEquals(1, LinkLimitRule.countLinks("https://www.x.example"));
            assertEquals(0, LinkLimitRule.countLinks("no links"));
        }
    }

    @Nested
    class Honeypot {
        @Test
        void aFilledHoneypotHolds() {
            CommentFacts filled = facts(false, Set.of(), true, false);
            assertEquals("rule:honeypot", new HoneypotRule().judge(filled, settings()).orElseThrow().reason());
            assertEquals(Optional.empty(), new HoneypotRule().judge(facts("c"), settings()));
        }
    }

    @Nested
    class ManualApproval {
        @Test
        void holdsEverythingWhenOn() {
            assertEquals(Optional.empty(), new ManualApprovalRule().judge(facts("c"), settings()));
            Policy on = settings(List.of(), List.of(), true, false, true);
            assertEquals("rule:manual-approval", new ManualApprovalRule().judge(facts("c"), on).orElseThrow().reason());
        }
    }

    @Nested
    class PreviouslyApproved {
        @Test
        void holdsFirstTimersOnlyWhenOn() {
            Policy on = settings(List.of(), List.of(), false, true, true);
            assertEquals("rule:first-comment", new PreviouslyApprovedRule().judge(facts("c"), on).orElseThrow().reason());
            CommentFacts known = facts(false, Set.of(), false, true);
            assertEquals(Optional.empty(), new PreviouslyApprovedRule().judge(known, on));
            assertEquals(Optional.empty(), new PreviouslyApprovedRule().judge(facts("c"), settings()));
        }
    }
}
