package io.newsroom.moderation.decision;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every decision about a comment, in one place: given the comment's facts, where it stands, the site's policy and
 * one input (first sight, Akismet's answer, a moderator's action), it returns the {@link Outcome} — the decision,
 * the history lines, the Akismet check, feedback owed to Akismet, and what each source decided. No I/O: the
 * callers read the facts and write the outcome as it is.
 *
 * <p>The order of moderation, after WordPress' {@code wp_allow_comment} and the Akismet plugin:
 * <ol>
 * <li>the disallowed list trashes a comment without asking Akismet (the plugin skips the call too);</li>
 * <li>staff (editor, admin) are approved: the site trusts them more than any classifier;</li>
 * <li>Akismet: spam goes to the spam queue (or is discarded on the pro-tip), an error holds the comment for a
 * re-check — the comment waits for this answer, and the input that brings it resumes here;</li>
 * <li>hold rules: moderation words, too many links, a filled honeypot, "every comment must be approved",
 * "the author needs a previously approved comment";</li>
 * <li>what passed everything is approved (credited to Akismet when Akismet cleared it).</li>
 * </ol>
 * A rule that throws holds the comment: the decider never fails open. A source in shadow mode runs and its finding
 * is recorded (a history line, a verdict for the stats) but acts on nothing: the next rule looks. Akismet in shadow
 * mode is asked after the rules decided alone, and its answer only adds a line.
 */
public final class Decider {

    private final List<Rule> beforeAkismet;
    private final List<Rule> afterAkismet;
    private final AkismetRule akismet = new AkismetRule();

    public Decider(List<Rule> beforeAkismet, List<Rule> afterAkismet) {
        this.beforeAkismet = List.copyOf(beforeAkismet);
        this.afterAkismet = List.copyOf(afterAkismet);
    }

    public static Decider standard() {
        return new Decider(
                List.of(new DisallowedRule(), new StaffRule()),
                List.of(new ModerationWordsRule(), new LinkLimitRule(), new HoneypotRule(), new ManualApprovalRule(),
                        new PreviouslyApprovedRule()));
    }

    public Outcome decide(CommentFacts facts, CommentState state, Policy policy, Input input, Instant now) {
        if (input instanceof Input.FirstSight) {
            return firstSight(facts, state, policy, now);
        }
        if (input instanceof Input.AkismetAnswered answered) {
            return answered.answer() instanceof AkismetAnswer.Verdict verdict
                    ? verdict(facts, state, policy, verdict, answered.reason())
                    : failure(facts, state, policy, (AkismetAnswer.Failure) answered.answer(), now);
        }
        return moderator(state, (Input.ModeratorActed) input);
    }

    private Outcome firstSight(CommentFacts facts, CommentState state, Policy policy, Instant now) {
        Draft d = new Draft();
        Optional<Finding> finding = run(beforeAkismet, facts, policy, d);
        if (finding.isPresent()) {
            decided(finding.get(), state, d, null);
            return d.build();
        }
        if (policy.akismet() == AkismetMode.ON) {
            // the comment waits, undecided, for Akismet's answer: that input resumes after this point
            d.check = new CheckPlan.Ask(now, null);
            return d.build();
        }
        decideByRules(facts, state, policy, d);
        if (policy.akismet() == AkismetMode.SHADOW) {
            d.check = new CheckPlan.Ask(now, null);
        }
        return d.build();
    }

    private Outcome verdict(CommentFacts facts, CommentState state, Policy policy, AkismetAnswer.Verdict verdict,
                            CheckReason reason) {
        Draft d = new Draft();
        HistoryLine.AkismetNote note = new HistoryLine.AkismetNote(verdict.verdict(), verdict.guid(),
                verdict.discard() ? "discard" : null);
        d.akismet = note;
        if (!state.awaitingCheck()) {
            // a moderator decided while the call was in flight: their decision stands
            d.lines.add(HistoryLine.note(DecidedBy.AKISMET, "akismet", HistoryEvent.AKISMET_LATE_VERDICT,
                    hamOrSpam(verdict), "Akismet answered after a moderator decided: "
                            + (verdict.spam() ? "spam" : "not spam")).withAkismet(note));
            return d.build();
        }
        d.check = CheckPlan.ANSWERED;
        boolean acting = policy.akismet() == AkismetMode.ON;
        d.verdicts.add(new Outcome.SourceVerdict(Source.AKISMET, akismet.verdictStatus(verdict, facts, policy), !acting));
        Optional<Finding> spam = akismet.judge(verdict, facts, policy);
        if (!acting) {
            d.lines.add(shadowLine(spam.orElseGet(akismet::cleared)).withAkismet(note));
            if (!state.decided()) {
                // the admin put Akismet in shadow mode while this comment waited for it
                decideByRules(facts, state, policy, d);
            }
            return d.build();
        }
        boolean resumed = !state.decided() || state.decidedBy() == DecidedBy.AKISMET;
        Finding finding = spam.or(() -> run(afterAkismet, facts, policy, d)).orElseGet(akismet::cleared);
        if (!resumed && finding.status() == CommentStatus.APPROVED) {
            // a comment a rule or a person held: a re-check can move it to spam, but approving stays a person's call
            d.lines.add(HistoryLine.note(DecidedBy.AKISMET, "akismet", HistoryEvent.AKISMET_RECHECK_HAM, "akismet:ham",
                    (reason == null ? "Akismet" : "Akismet re-checked this comment and") + " found it not spam")
                    .withAkismet(note));
            return d.build();
        }
        if (finding.decidedBy() != DecidedBy.AKISMET) {
            // the verdict itself is history even when a rule takes the decision ("cleared", then "held: 3 links")
            d.lines.add(new HistoryLine(DecidedBy.AKISMET, "akismet",
                    verdict.spam() ? HistoryEvent.AKISMET_SPAM : HistoryEvent.AKISMET_HAM, hamOrSpam(verdict), null,
                    verdict.spam() ? "Akismet caught this comment as spam" : "Akismet cleared this comment", note));
        }
        decided(finding, state, d, note);
        return d.build();
    }

    private Outcome failure(CommentFacts facts, CommentState state, Policy policy, AkismetAnswer.Failure failure,
                            Instant now) {
        if (!state.awaitingCheck()) {
            return Outcome.nothing();
        }
        Draft d = new Draft();
        int attempts = state.checkAttempts() + 1;
        String lastError = failure.detail().length() > 500 ? failure.detail().substring(0, 500) : failure.detail();
        String reason = "akismet:" + failure.kind().reason;
        if (policy.akismet() != AkismetMode.ON) {
            // shadow mode only records what Akismet would have said; without an answer there is nothing to record
            d.lines.add(HistoryLine.note(DecidedBy.AKISMET, "akismet", HistoryEvent.AKISMET_CHECK_ERROR, "shadow:" + reason,
                    "shadow mode, not acted on: Akismet could not check this comment (" + failure.detail()
                            + "); it is not asked again"));
            if (!state.decided()) {
                decideByRules(facts, state, policy, d);
            }
            d.check = new CheckPlan.GiveUp(attempts, lastError, false);
            return d.build();
        }
        if (!state.decided()) {
            decided(akismet.judge(failure, facts, policy).orElseThrow(), state, d, null);
        } else if (attempts == 1) {
            // already decided (held): only the history learns that Akismet could not re-check it
            d.lines.add(HistoryLine.note(DecidedBy.AKISMET, "akismet", HistoryEvent.AKISMET_CHECK_ERROR, reason,
                    "Akismet was unable to re-check this comment (" + failure.detail() + "); it will be retried"));
        }
        Duration giveUpAfter = policy.retries().giveUpAfter();
        if (Duration.between(state.receivedAt(), now).compareTo(giveUpAfter) >= 0) {
            d.check = new CheckPlan.GiveUp(attempts, lastError, true);
            d.lines.add(HistoryLine.note(DecidedBy.SYSTEM, "system", HistoryEvent.AKISMET_GAVE_UP, "akismet:unchecked",
                    "Akismet could not check this comment for " + giveUpAfter.toDays()
                            + " days: it stays pending for a person, flagged unchecked"));
        } else {
            d.check = new CheckPlan.Retry(policy.retries().backoff().next(now, attempts, failure.retryAfter()),
                    attempts, lastError);
        }
        return d.build();
    }

    private Outcome moderator(CommentState state, Input.ModeratorActed acted) {
        ModerationAction action = acted.action();
        String moderator = acted.moderator();
        CommentStatus target;
        switch (action) {
            case APPROVE -> target = CommentStatus.APPROVED;
            case SPAM -> target = CommentStatus.SPAM;
            case TRASH -> target = CommentStatus.TRASH;
            default -> {
                if (!state.status().isRestorable()) {
                    return Outcome.refused("only spam, trashed or discarded comments can be restored; this one is "
                            + state.status());
                }
                target = state.statusBefore() == CommentStatus.APPROVED ? CommentStatus.APPROVED : CommentStatus.PENDING;
            }
        }
        if (state.status() == target && state.decided()) {
            return Outcome.nothing();
        }
        Draft d = new Draft();
        // a person decided: stop asking Akismet about it
        d.check = CheckPlan.STOP;
        Optional<AkismetVerdict> akismetView = state.reportedAs().or(state::akismetVerdict);
        boolean accepts = action == ModerationAction.APPROVE || action == ModerationAction.RESTORE;
        boolean notSpam = accepts && (state.status().isSpam() || akismetView.equals(Optional.of(AkismetVerdict.SPAM)));
        String message = switch (action) {
            case APPROVE -> moderator + " approved this comment" + (notSpam ? " (not spam)" : "");
            case SPAM -> moderator + " marked this comment as spam";
            case TRASH -> moderator + " moved this comment to the trash";
            case RESTORE -> moderator + " restored this comment to " + target.name().toLowerCase(java.util.Locale.ROOT)
                    + (notSpam ? " (not spam)" : "");
        };
        String reason = "moderator:" + action.id();
        d.lines.add(new HistoryLine(DecidedBy.MODERATOR, moderator, HistoryEvent.ofModerator(target), reason, target,
                message, null));
        d.decision = new Outcome.Decision(target, DecidedBy.MODERATOR, reason, moderator, statusBefore(state, target));
        d.review = action;
        if (state.akismetVerdict().isPresent()) {
            // a moderator contradicting Akismet's recorded verdict is what teaches Akismet
            if (notSpam && akismetView.equals(Optional.of(AkismetVerdict.SPAM))) {
                report(AkismetVerdict.HAM, Mistake.FALSE_POSITIVE, state, moderator, d);
            } else if (action == ModerationAction.SPAM && akismetView.equals(Optional.of(AkismetVerdict.HAM))) {
                report(AkismetVerdict.SPAM, Mistake.MISSED_SPAM, state, moderator, d);
            }
        }
        return d.build();
    }

    private static void report(AkismetVerdict as, Mistake mistake, CommentState state, String moderator, Draft d) {
        if (state.reportedAs().isEmpty()) {
            d.mistake = mistake;
        }
        d.reportedAs = as;
        if (state.feedbackPossible()) {
            boolean spam = as == AkismetVerdict.SPAM;
            d.feedback = new Outcome.Feedback(as, moderator);
            d.lines.add(HistoryLine.note(DecidedBy.MODERATOR, moderator,
                    spam ? HistoryEvent.REPORTED_SPAM : HistoryEvent.REPORTED_HAM,
                    spam ? "feedback:submit-spam" : "feedback:submit-ham",
                    "reported to Akismet as " + (spam ? "spam" : "not spam") + " by " + moderator));
        }
    }

    /** The rules after Akismet, then "passed": how a comment is decided when Akismet does not act. */
    private void decideByRules(CommentFacts facts, CommentState state, Policy policy, Draft d) {
        Finding finding = run(afterAkismet, facts, policy, d).orElseGet(() -> Finding.rule(Source.PASSED,
                CommentStatus.APPROVED, "passed", "approved: passed the site's rules"));
        decided(finding, state, d, null);
    }

    /** The first acting rule's finding; findings of rules in shadow mode are recorded on the way. */
    private static Optional<Finding> run(List<Rule> rules, CommentFacts facts, Policy policy, Draft d) {
        for (Rule rule : rules) {
            Optional<Finding> finding;
            boolean broken = false;
            try {
                finding = rule.judge(facts, policy);
            } catch (RuntimeException e) {
                finding = Optional.of(Finding.broken(rule.source()));
                broken = true;
            }
            if (finding.isEmpty()) {
                continue;
            }
            if (!policy.inShadow(rule.source())) {
                if (broken) {
                    d.unjudged = finding.get();
                }
                return finding;
            }
            d.lines.add(shadowLine(finding.get()));
            if (!broken) {
                d.verdicts.add(new Outcome.SourceVerdict(rule.source(), finding.get().status(), true));
            }
        }
        return Optional.empty();
    }

    private static HistoryLine shadowLine(Finding finding) {
        return HistoryLine.note(finding.decidedBy(), finding.actor(), HistoryEvent.SHADOW_VERDICT,
                "shadow:" + finding.reason(), "shadow mode, not acted on: " + finding.message());
    }

    /** A finding becomes the comment's decision, unless it says again what the latest decision said. */
    private static void decided(Finding finding, CommentState state, Draft d, HistoryLine.AkismetNote note) {
        d.lines.add(note == null ? finding.line() : finding.line().withAkismet(note));
        // Akismet's own verdict is recorded when it answers; a failure or a broken rule is no verdict
        if (finding.source() != Source.AKISMET && finding != d.unjudged) {
            d.verdicts.add(new Outcome.SourceVerdict(finding.source(), finding.status(), false));
        }
        boolean news = !state.decided() || state.status() != finding.status()
                || !Objects.equals(state.reason(), finding.reason());
        if (news) {
            d.decision = new Outcome.Decision(finding.status(), finding.decidedBy(), finding.reason(), null,
                    statusBefore(state, finding.status()));
        }
    }

    /** Spam and trash remember where a restore goes back to: the status the comment had in a visible queue. */
    private static CommentStatus statusBefore(CommentState state, CommentStatus next) {
        boolean wasVisible = !state.status().isRestorable();
        if (wasVisible && state.decided() && (next == CommentStatus.SPAM || next == CommentStatus.TRASH)) {
            return state.status();
        }
        return state.statusBefore();
    }

    private static String hamOrSpam(AkismetAnswer.Verdict verdict) {
        return verdict.spam() ? "akismet:spam" : "akismet:ham";
    }

    /** The outcome being put together for one input. */
    private static final class Draft {
        Outcome.Decision decision;
        final List<HistoryLine> lines = new ArrayList<>();
        CheckPlan check = CheckPlan.KEEP;
        HistoryLine.AkismetNote akismet;
        AkismetVerdict reportedAs;
        Outcome.Feedback feedback;
        Mistake mistake;
        final List<Outcome.SourceVerdict> verdicts = new ArrayList<>();
        ModerationAction review;
        /** A broken rule's hold: it decides, but says nothing about the comment. */
        Finding unjudged;

        Outcome build() {
            return new Outcome(Optional.ofNullable(decision), lines, check, Optional.ofNullable(akismet),
                    Optional.ofNullable(reportedAs), Optional.ofNullable(feedback), Optional.ofNullable(mistake),
                    verdicts, Optional.ofNullable(review), Optional.empty());
        }
    }
}
