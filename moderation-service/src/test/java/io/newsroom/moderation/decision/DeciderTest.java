package io.newsroom.moderation.decision;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decider, one input at a time: what it decides, what it writes in the history, what it asks of Akismet. */
class DeciderTest {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final Decider DECIDER = Decider.standard();
    static final String THREE_LINKS = "see https://a.example https://b.example https://c.example";

    static CommentFacts guest(String content) {
        return new CommentFacts("Reader", "reader@example.com", null, content, "203.0.113.7", "Firefox", false,
                Set.of(), false, false);
    }

    static Policy policy(AkismetMode akismet) {
        return Policy.defaults(akismet);
    }

    static Policy disallowing(String key) {
        Policy p = Policy.defaults(AkismetMode.ON);
        return new Policy(List.of(key), List.of(), 2, false, PreviouslyApprovedMode.AUTO, true, Set.of(), AkismetMode.ON,
                p.retries());
    }

    static CommentState arrived() {
        return CommentState.arrived(NOW);
    }

    /** Where a comment stands after an outcome: enough to feed it the next input. */
    static CommentState after(CommentState before, Outcome outcome) {
        Outcome.Decision d = outcome.decision().orElse(null);
        boolean awaiting = outcome.check() instanceof CheckPlan.Ask || outcome.check() instanceof CheckPlan.Retry
                || (outcome.check() instanceof CheckPlan.Keep && before.awaitingCheck());
        int attempts = outcome.check() instanceof CheckPlan.Retry r ? r.attempts() : before.checkAttempts();
        return new CommentState(before.decided() || d != null, d == null ? before.status() : d.status(),
                d == null ? before.decidedBy() : d.decidedBy(), d == null ? before.reason() : d.reason(),
                d == null ? before.statusBefore() : d.statusBefore(),
                outcome.akismet().map(HistoryLine.AkismetNote::verdict).or(before::akismetVerdict),
                outcome.reportedAs().or(before::reportedAs), awaiting, attempts, before.receivedAt(), true);
    }

    static Input verdict(boolean spam) {
        return new Input.AkismetAnswered(new AkismetAnswer.Verdict(spam, false, "g"), null);
    }

    static List<String> messages(Outcome o) {
        return o.history().stream().map(HistoryLine::message).toList();
    }

    @Nested
    class FirstSight {
        @Test
        void disallowedWordsTrashBeforeAkismetIsAsked() {
            Outcome o = DECIDER.decide(guest("cheap casino here"), arrived(), disallowing("casino"), new Input.FirstSight(), NOW);
            assertEquals(CommentStatus.TRASH, o.decision().orElseThrow().status());
            assertEquals("rule:disallowed", o.decision().orElseThrow().reason());
            assertInstanceOf(CheckPlan.Keep.class, o.check(), "Akismet is not asked");
            assertEquals(List.of(new Outcome.SourceVerdict(Source.DISALLOWED, CommentStatus.TRASH, false)), o.verdicts());
        }

        @Test
        void staffAreApprovedWithoutAskingAkismet() {
            CommentFacts editor = new CommentFacts("Alice", "alice@example.com", null, "Thanks", "10.0.0.1", "UA", true,
                    Set.of(Role.EDITOR), false, false);
            Outcome o = DECIDER.decide(editor, arrived(), policy(AkismetMode.ON), new Input.FirstSight(), NOW);
            assertEquals(CommentStatus.APPROVED, o.decision().orElseThrow().status());
            assertEquals("rule:staff", o.decision().orElseThrow().reason());
            assertEquals(List.of("approved: written by staff (editor)"), messages(o));
        }

        @Test
        void anUncheckedGuestCommentWaitsUndecidedForAkismet() {
            Outcome o = DECIDER.decide(guest("Good read"), arrived(), policy(AkismetMode.ON), new Input.FirstSight(), NOW);
            assertTrue(o.decision().isEmpty());
            assertTrue(o.history().isEmpty());
            assertEquals(new CheckPlan.Ask(NOW, null), o.check());
        }

        @Test
        void withoutAKeyTheRulesDecideAtOnceAndAFirstTimerIsHeld() {
            Outcome held = DECIDER.decide(guest("Good read"), arrived(), policy(AkismetMode.OFF), new Input.FirstSight(), NOW);
            assertEquals("rule:first-comment", held.decision().orElseThrow().reason(), "AUTO is on without Akismet");
            assertInstanceOf(CheckPlan.Keep.class, held.check());

            CommentFacts known = new CommentFacts("Reader", "reader@example.com", null, "Good read", "203.0.113.7",
                    "Firefox", false, Set.of(), false, true);
            Outcome o = DECIDER.decide(known, arrived(), policy(AkismetMode.OFF), new Input.FirstSight(), NOW);
            assertEquals(CommentStatus.APPROVED, o.decision().orElseThrow().status());
            assertEquals("rule:passed", o.decision().orElseThrow().reason());
            assertEquals(DecidedBy.RULE, o.decision().orElseThrow().decidedBy());
            assertEquals(List.of(new Outcome.SourceVerdict(Source.PASSED, CommentStatus.APPROVED, false)), o.verdicts());
        }

        @Test
        void aRuleThatThrowsHoldsTheComment() {
            Rule broken = new Rule() {
                @Override
                public Source source() {
                    return Source.HONEYPOT;
                }

                @Override
                public Optional<Finding> judge(CommentFacts facts, Policy policy) {
                    throw new IllegalStateException("boom");
                }
            };
            Decider decider = new Decider(List.of(new DisallowedRule()), List.of(broken));
            Outcome o = decider.decide(guest("x"), arrived(), policy(AkismetMode.OFF), new Input.FirstSight(), NOW);
            assertEquals(CommentStatus.PENDING, o.decision().orElseThrow().status());
            assertEquals("error:honeypot", o.decision().orElseThrow().reason());
            assertTrue(o.verdicts().isEmpty(), "a broken rule gives no verdict to count");
        }
    }

    @Nested
    class AkismetAnswers {
        final CommentState waiting = after(arrived(),
                DECIDER.decide(guest(THREE_LINKS), arrived(), policy(AkismetMode.ON), new Input.FirstSight(), NOW));

        @Test
        void spamBeatsTheHoldRules() {
            Outcome o = DECIDER.decide(guest(THREE_LINKS), waiting, policy(AkismetMode.ON), verdict(true), NOW);
            assertEquals(CommentStatus.SPAM, o.decision().orElseThrow().status());
            assertEquals(DecidedBy.AKISMET, o.decision().orElseThrow().decidedBy());
            assertEquals(List.of("Akismet caught this comment as spam"), messages(o));
            assertEquals(CheckPlan.ANSWERED, o.check());
            assertEquals(AkismetVerdict.SPAM, o.akismet().orElseThrow().verdict());
        }

        @Test
        void hamLetsTheHoldRulesHoldAndBothAreHistory() {
            Outcome o = DECIDER.decide(guest(THREE_LINKS), waiting, policy(AkismetMode.ON), verdict(false), NOW);
            assertEquals(CommentStatus.PENDING, o.decision().orElseThrow().status());
            assertEquals("rule:links>2", o.decision().orElseThrow().reason());
            assertEquals(List.of("Akismet cleared this comment", "held: 3 links"), messages(o));
            assertEquals(List.of(new Outcome.SourceVerdict(Source.AKISMET, CommentStatus.APPROVED, false),
                    new Outcome.SourceVerdict(Source.LINK_LIMIT, CommentStatus.PENDING, false)), o.verdicts());
        }

        @Test
        void hamWithNothingToHoldApprovesCreditedToAkismet() {
            CommentState w = after(arrived(), DECIDER.decide(guest("Good read"), arrived(), policy(AkismetMode.ON),
                    new Input.FirstSight(), NOW));
            Outcome o = DECIDER.decide(guest("Good read"), w, policy(AkismetMode.ON), verdict(false), NOW);
            assertEquals(new Outcome.Decision(CommentStatus.APPROVED, DecidedBy.AKISMET, "akismet:ham", null, null),
                    o.decision().orElseThrow());
            assertEquals(List.of("Akismet cleared this comment"), messages(o));
        }

        @Test
        void theAnswerResumesAfterAkismetAndDoesNotRunTheFirstRulesAgain() {
            // the admin added a disallowed word while the comment waited: a first-sight rule, already behind it
            Outcome o = DECIDER.decide(guest("Good casino read"), waiting, disallowing("casino"), verdict(false), NOW);
            assertEquals(CommentStatus.APPROVED, o.decision().orElseThrow().status());
        }

        @Test
        void anErrorHoldsNeverApprovesAndIsRetriedWithBackoff() {
            Input timeout = new Input.AkismetAnswered(AkismetAnswer.Failure.of(AkismetAnswer.FailureKind.TIMEOUT,
                    "no answer in time"), null);
            Outcome o = DECIDER.decide(guest("Good read"), waiting, policy(AkismetMode.ON), timeout, NOW);
            assertEquals(CommentStatus.PENDING, o.decision().orElseThrow().status());
            assertEquals("akismet:timeout", o.decision().orElseThrow().reason());
            assertEquals(List.of("Akismet was unable to check this comment (no answer in time); it will be retried"),
                    messages(o));
            assertEquals(new CheckPlan.Retry(NOW.plus(Duration.ofMinutes(1)), 1, "no answer in time"), o.check());

            CommentState held = after(waiting, o);
            Outcome again = DECIDER.decide(guest("Good read"), held, policy(AkismetMode.ON), timeout, NOW);
            assertTrue(again.decision().isEmpty(), "held once, the history does not repeat itself");
            assertTrue(again.history().isEmpty());
            assertEquals(new CheckPlan.Retry(NOW.plus(Duration.ofMinutes(2)), 2, "no answer in time"), again.check());

            Outcome cleared = DECIDER.decide(guest("Good read"), after(held, again), policy(AkismetMode.ON),
                    new Input.AkismetAnswered(new AkismetAnswer.Verdict(false, false, "g"), CheckReason.RETRY), NOW);
            assertEquals(CommentStatus.APPROVED, cleared.decision().orElseThrow().status());
        }

        @Test
        void afterTheGiveUpAgeTheCommentStaysPendingFlaggedUnchecked() {
            CommentState old = new CommentState(true, CommentStatus.PENDING, DecidedBy.AKISMET, "akismet:timeout", null,
                    Optional.empty(), Optional.empty(), true, 9, NOW.minus(Duration.ofDays(15)), false);
            Outcome o = DECIDER.decide(guest("x"), old, policy(AkismetMode.ON), new Input.AkismetAnswered(
                    AkismetAnswer.Failure.of(AkismetAnswer.FailureKind.SERVER_ERROR, "HTTP 500"), CheckReason.RETRY), NOW);
            assertEquals(new CheckPlan.GiveUp(10, "HTTP 500", true), o.check());
            assertTrue(o.decision().isEmpty());
            assertTrue(messages(o).get(0).contains("stays pending for a person, flagged unchecked"), messages(o).toString());
        }

        @Test
        void aRecheckCanMoveAHeldCommentToSpamButNeverApprovesIt() {
            CommentState heldByRule = new CommentState(true, CommentStatus.PENDING, DecidedBy.RULE, "rule:manual-approval",
                    null, Optional.of(AkismetVerdict.HAM), Optional.empty(), true, 0, NOW, true);
            Input recheckHam = new Input.AkismetAnswered(new AkismetAnswer.Verdict(false, false, "g"), CheckReason.RECHECK_QUEUE);
            Outcome ham = DECIDER.decide(guest("fine"), heldByRule, policy(AkismetMode.ON), recheckHam, NOW);
            assertTrue(ham.decision().isEmpty());
            assertEquals(List.of("Akismet re-checked this comment and found it not spam"), messages(ham));

            Input recheckSpam = new Input.AkismetAnswered(new AkismetAnswer.Verdict(true, false, "g"), CheckReason.RECHECK_QUEUE);
            Outcome spam = DECIDER.decide(guest("fine"), heldByRule, policy(AkismetMode.ON), recheckSpam, NOW);
            assertEquals(CommentStatus.SPAM, spam.decision().orElseThrow().status());
            assertEquals(CommentStatus.PENDING, spam.decision().orElseThrow().statusBefore());
        }

        @Test
        void aVerdictAfterAModeratorDecidedOnlyAddsALine() {
            CommentState decidedByCarol = new CommentState(true, CommentStatus.APPROVED, DecidedBy.MODERATOR,
                    "moderator:approve", null, Optional.empty(), Optional.empty(), false, 0, NOW, true);
            Outcome o = DECIDER.decide(guest("x"), decidedByCarol, policy(AkismetMode.ON), verdict(true), NOW);
            assertTrue(o.decision().isEmpty());
            assertEquals(List.of("Akismet answered after a moderator decided: spam"), messages(o));
            assertEquals(AkismetVerdict.SPAM, o.akismet().orElseThrow().verdict(), "still remembered, for feedback");
        }
    }

    @Nested
    class Moderators {
        static CommentState spamByAkismet() {
            return new CommentState(true, CommentStatus.SPAM, DecidedBy.AKISMET, "akismet:spam", null,
                    Optional.of(AkismetVerdict.SPAM), Optional.empty(), false, 0, NOW, true);
        }

        static Input by(ModerationAction action) {
            return new Input.ModeratorActed(action, "carol");
        }

        @Test
        void approvingAkismetsSpamIsAFalsePositiveReportedAsHam() {
            Outcome o = DECIDER.decide(guest("x"), spamByAkismet(), policy(AkismetMode.ON), by(ModerationAction.APPROVE), NOW);
            assertEquals(new Outcome.Decision(CommentStatus.APPROVED, DecidedBy.MODERATOR, "moderator:approve", "carol", null),
                    o.decision().orElseThrow());
            assertEquals(Optional.of(new Outcome.Feedback(AkismetVerdict.HAM, "carol")), o.feedback());
            assertEquals(Optional.of(Mistake.FALSE_POSITIVE), o.mistake());
            assertEquals(List.of("carol approved this comment (not spam)", "reported to Akismet as not spam by carol"),
                    messages(o));
            assertEquals(CheckPlan.STOP, o.check());
        }

        @Test
        void markingSpamWhatAkismetPassedIsMissedSpamReportedAsSpamAndCountedOnce() {
            CommentState ham = new CommentState(true, CommentStatus.APPROVED, DecidedBy.AKISMET, "akismet:ham", null,
                    Optional.of(AkismetVerdict.HAM), Optional.empty(), false, 0, NOW, true);
            Outcome o = DECIDER.decide(guest("x"), ham, policy(AkismetMode.ON), by(ModerationAction.SPAM), NOW);
            assertEquals(Optional.of(new Outcome.Feedback(AkismetVerdict.SPAM, "carol")), o.feedback());
            assertEquals(Optional.of(Mistake.MISSED_SPAM), o.mistake());
            assertEquals(CommentStatus.APPROVED, o.decision().orElseThrow().statusBefore());

            // carol changes her mind and back: Akismet hears each correction, the mistake counts once
            CommentState reported = after(ham, o);
            Outcome back = DECIDER.decide(guest("x"), reported, policy(AkismetMode.ON), by(ModerationAction.RESTORE), NOW);
            assertEquals(CommentStatus.APPROVED, back.decision().orElseThrow().status());
            assertEquals(Optional.of(new Outcome.Feedback(AkismetVerdict.HAM, "carol")), back.feedback());
            assertEquals(Optional.empty(), back.mistake(), "already counted for this comment");
        }

        @Test
        void withoutAnAsSubmittedCopyNothingCanBeSentButAkismetIsStillCorrectedLocally() {
            CommentState noCopy = new CommentState(true, CommentStatus.SPAM, DecidedBy.AKISMET, "akismet:spam", null,
                    Optional.of(AkismetVerdict.SPAM), Optional.empty(), false, 0, NOW, false);
            Outcome o = DECIDER.decide(guest("x"), noCopy, policy(AkismetMode.ON), by(ModerationAction.APPROVE), NOW);
            assertEquals(Optional.empty(), o.feedback());
            assertEquals(Optional.of(AkismetVerdict.HAM), o.reportedAs());
            assertEquals(List.of("carol approved this comment (not spam)"), messages(o));
        }

        @Test
        void theSameStatusAgainChangesNothingAndRestoringWhatIsNotSpamIsRefused() {
            assertEquals(Outcome.nothing(), DECIDER.decide(guest("x"), spamByAkismet(), policy(AkismetMode.ON),
                    by(ModerationAction.SPAM), NOW));
            CommentState approved = new CommentState(true, CommentStatus.APPROVED, DecidedBy.AKISMET, "akismet:ham", null,
                    Optional.of(AkismetVerdict.HAM), Optional.empty(), false, 0, NOW, true);
            Outcome refused = DECIDER.decide(guest("x"), approved, policy(AkismetMode.ON), by(ModerationAction.RESTORE), NOW);
            assertTrue(refused.refusal().orElseThrow().contains("only spam, trashed or discarded"));
            assertTrue(refused.decision().isEmpty());
        }

        @Test
        void trashAndRestoreReturnToTheStatusBefore() {
            CommentState approved = new CommentState(true, CommentStatus.APPROVED, DecidedBy.AKISMET, "akismet:ham", null,
                    Optional.of(AkismetVerdict.HAM), Optional.empty(), false, 0, NOW, true);
            Outcome trashed = DECIDER.decide(guest("x"), approved, policy(AkismetMode.ON), by(ModerationAction.TRASH), NOW);
            assertEquals(CommentStatus.APPROVED, trashed.decision().orElseThrow().statusBefore());
            assertFalse(trashed.feedback().isPresent(), "trash is not a spam verdict");
            Outcome restored = DECIDER.decide(guest("x"), after(approved, trashed), policy(AkismetMode.ON),
                    by(ModerationAction.RESTORE), NOW);
            assertEquals(CommentStatus.APPROVED, restored.decision().orElseThrow().status());
            assertEquals(List.of("carol restored this comment to approved"), messages(restored));
        }
    }

    @Nested
    class ShadowMode {
        @Test
        void aRuleInShadowModeRecordsWhatItWouldHaveDoneAndTheNextRuleDecides() {
            Policy linkLimitInShadow = policy(AkismetMode.ON).withShadow(Set.of(Source.LINK_LIMIT));
            CommentState waiting = after(arrived(), DECIDER.decide(guest(THREE_LINKS), arrived(), linkLimitInShadow,
                    new Input.FirstSight(), NOW));
            Outcome o = DECIDER.decide(guest(THREE_LINKS), waiting, linkLimitInShadow, verdict(false), NOW);
            assertEquals(new Outcome.Decision(CommentStatus.APPROVED, DecidedBy.AKISMET, "akismet:ham", null, null),
                    o.decision().orElseThrow());
            HistoryLine shadow = o.history().get(0);
            assertEquals(HistoryEvent.SHADOW_VERDICT, shadow.event());
            assertEquals("shadow:rule:links>2", shadow.reason());
            assertEquals("shadow mode, not acted on: held: 3 links", shadow.message());
            assertEquals(null, shadow.status(), "a shadow line decides nothing");
            assertTrue(o.verdicts().contains(new Outcome.SourceVerdict(Source.LINK_LIMIT, CommentStatus.PENDING, true)));
        }

        @Test
        void aDisallowedWordInShadowModeDoesNotTrashAndAkismetIsStillAsked() {
            Policy trying = disallowing("casino").withShadow(Set.of(Source.DISALLOWED));
            Outcome o = DECIDER.decide(guest("cheap casino here"), arrived(), trying, new Input.FirstSight(), NOW);
            assertTrue(o.decision().isEmpty());
            assertEquals(new CheckPlan.Ask(NOW, null), o.check());
            assertEquals(List.of("shadow mode, not acted on: trashed: disallowed key 'casino'"), messages(o));
        }

        @Test
        void akismetInShadowModeIsAskedAfterTheRulesDecidedAndItsAnswerChangesNothing() {
            Policy akismetInShadow = policy(AkismetMode.SHADOW).withShadow(Set.of(Source.AKISMET));
            CommentFacts known = new CommentFacts("Reader", "reader@example.com", null, "Buy pills", "203.0.113.7",
                    "Firefox", false, Set.of(), false, true);
            Outcome first = DECIDER.decide(known, arrived(), akismetInShadow, new Input.FirstSight(), NOW);
            assertEquals("rule:passed", first.decision().orElseThrow().reason(), "the rules decide alone");
            assertEquals(new CheckPlan.Ask(NOW, null), first.check(), "and Akismet is asked, for the record");

            CommentState approved = after(arrived(), first);
            Outcome spam = DECIDER.decide(known, approved, akismetInShadow, verdict(true), NOW);
            assertTrue(spam.decision().isEmpty());
            assertEquals(List.of("shadow mode, not acted on: Akismet caught this comment as spam"), messages(spam));
            assertEquals(List.of(new Outcome.SourceVerdict(Source.AKISMET, CommentStatus.SPAM, true)), spam.verdicts());
            assertEquals(CheckPlan.ANSWERED, spam.check());
        }

        @Test
        void akismetInShadowModeTurnsOnAutoPreviouslyApproved() {
            Policy akismetInShadow = policy(AkismetMode.SHADOW).withShadow(Set.of(Source.AKISMET));
            Outcome o = DECIDER.decide(guest("first words"), arrived(), akismetInShadow, new Input.FirstSight(), NOW);
            assertEquals("rule:first-comment", o.decision().orElseThrow().reason());
        }
    }

    @Nested
    class Accuracy {
        @Test
        void approvingOverturnsARulesHoldOrTrashAndRejectingOverturnsItsApproval() {
            assertTrue(ModerationAction.APPROVE.overturns(Source.LINK_LIMIT, CommentStatus.PENDING));
            assertTrue(ModerationAction.RESTORE.overturns(Source.DISALLOWED, CommentStatus.TRASH));
            assertFalse(ModerationAction.APPROVE.overturns(Source.STAFF, CommentStatus.APPROVED));
            assertTrue(ModerationAction.SPAM.overturns(Source.PASSED, CommentStatus.APPROVED));
            assertTrue(ModerationAction.TRASH.overturns(Source.PASSED, CommentStatus.APPROVED));
            assertFalse(ModerationAction.SPAM.overturns(Source.LINK_LIMIT, CommentStatus.PENDING), "a hold the moderator rejects was right");
        }

        @Test
        void akismetIsOverturnedOnSpamOnly() {
            assertTrue(ModerationAction.APPROVE.overturns(Source.AKISMET, CommentStatus.SPAM));
            assertTrue(ModerationAction.RESTORE.overturns(Source.AKISMET, CommentStatus.DISCARDED));
            assertTrue(ModerationAction.SPAM.overturns(Source.AKISMET, CommentStatus.APPROVED));
            assertFalse(ModerationAction.TRASH.overturns(Source.AKISMET, CommentStatus.APPROVED), "trash is no spam verdict");
            assertFalse(ModerationAction.TRASH.overturns(Source.AKISMET, CommentStatus.SPAM));
            assertFalse(ModerationAction.APPROVE.overturns(Source.AKISMET, CommentStatus.APPROVED));
        }

        @Test
        void aModeratorsActionIsTheReviewOfTheSourcesVerdicts() {
            CommentState held = new CommentState(true, CommentStatus.PENDING, DecidedBy.RULE, "rule:links>2", null,
                    Optional.of(AkismetVerdict.HAM), Optional.empty(), false, 0, NOW, true);
            Outcome o = DECIDER.decide(guest(THREE_LINKS), held, policy(AkismetMode.ON),
                    new Input.ModeratorActed(ModerationAction.APPROVE, "carol"), NOW);
            assertEquals(Optional.of(ModerationAction.APPROVE), o.review());
            assertTrue(o.verdicts().isEmpty(), "a moderator is the judge, not a source");
        }
    }
}
