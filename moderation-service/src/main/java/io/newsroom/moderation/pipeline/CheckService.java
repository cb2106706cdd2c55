package io.newsroom.moderation.pipeline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.akismet.AkismetKeyState;
import io.newsroom.moderation.akismet.CheckResult;
import io.newsroom.moderation.stats.Tallies;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The transactional half of Akismet checking: claiming due comments (durable state in PostgreSQL, so a restart
 * forgets nothing) and applying what Akismet answered.
 */
@ApplicationScoped
public class CheckService {
    public static final String RETRY = "retry";
    public static final String RECHECK_QUEUE = "recheck_queue";

    /** One comment to check: its as-submitted fields and the recheck_reason to send (null on the first check). */
    public record CheckJob(UUID commentId, Map<String, List<String>> fields, String recheckReason, boolean firstCheck) {
    }

    @Inject
    ModeratedCommentRepository comments;
    @Inject
    CommentEvaluator evaluator;
    @Inject
    Decisions decisions;
    @Inject
    AkismetConfig config;
    @Inject
    AkismetKeyState keyState;
    @Inject
    Tallies tallies;
    @Inject
    ObjectMapper mapper;
    @Inject
    Event<CheckDue> checkDue;

    /**
     * Due comments, leased for a while so the next poll does not send them twice while they are in flight; if
     * the process dies mid-call the lease expires and they are checked again.
     */
    @Transactional
    public List<CheckJob> claimDue(int limit) {
        Instant now = Instant.now();
        Instant lease = now.plus(config.timeout().multipliedBy(3)).plusSeconds(5);
        List<CheckJob> jobs = new ArrayList<>();
        for (UUID id : comments.dueForCheck(now, limit)) {
            ModeratedComment c = comments.lock(id).orElse(null);
            if (c == null || !c.awaitingCheck || c.nextCheckAt == null || c.nextCheckAt.isAfter(now)) {
                continue;
            }
            c.nextCheckAt = lease;
            boolean first = c.checkAttempts == 0 && c.recheckReason == null;
            jobs.add(new CheckJob(c.id, fields(c), first ? null : (c.recheckReason == null ? RETRY : c.recheckReason), first));
        }
        return jobs;
    }

    /** First-time comments due now that a stopped run did not get to: held at once instead of waiting. */
    @Transactional
    public List<UUID> dueFirstChecks(int limit) {
        return comments.dueForCheck(Instant.now(), limit).stream()
                .filter(id -> {
                    ModeratedComment c = comments.findById(id);
                    return c != null && c.decisionSeq == 0;
                })
                .toList();
    }

    @Transactional
    public void apply(UUID id, CheckResult result, String recheckReason) {
        ModeratedComment c = comments.lock(id).orElse(null);
        if (c == null) {
            return;
        }
        if (result instanceof CheckResult.Verdict verdict) {
            verdict(c, verdict, recheckReason);
        } else {
            failure(c, (CheckResult.Failure) result);
        }
    }

    private void verdict(ModeratedComment c, CheckResult.Verdict v, String recheckReason) {
        keyState.confirmed();
        keyState.alert(v.alert());
        tallies.akismet(v.spam() ? "spam" : "ham");
        AkismetNote note = new AkismetNote(v.spam() ? "SPAM" : "HAM", v.guid(), v.discard() ? "discard" : null);
        boolean wasAwaitingAkismet = c.decisionSeq == 0 || (c.decisionReason != null && c.decisionReason.startsWith("akismet:"));
        c.akismetVerdict = note.verdict();
        c.akismetGuid = v.guid();
        c.akismetProTip = note.proTip();
        if (!c.awaitingCheck) {
            // a moderator decided while the call was in flight: their decision stands
            decisions.note(c, DecidedBy.AKISMET, "akismet", "AKISMET_LATE_VERDICT", v.spam() ? "akismet:spam" : "akismet:ham",
                    "Akismet answered after a moderator decided: " + (v.spam() ? "spam" : "not spam"));
            return;
        }
        c.awaitingCheck = false;
        c.nextCheckAt = null;
        c.unchecked = false;
        c.lastCheckError = null;
        c.recheckReason = null;
        PipelineResult result = evaluator.evaluate(c, new AkismetOutcome.Verdict(v.spam(), v.discard(), v.guid()));
        StepDecision decision = ((PipelineResult.Decided) result).decision();
        if (!wasAwaitingAkismet && decision.status() == CommentStatus.APPROVED) {
            // a comment a rule or a person held: a re-check can move it to spam, but approving stays a person's call
            decisions.note(c, DecidedBy.AKISMET, "akismet", "AKISMET_RECHECK_HAM", "akismet:ham",
                    (recheckReason == null ? "Akismet" : "Akismet re-checked this comment and") + " found it not spam").akismetGuid = v.guid();
            return;
        }
        if (decision.decidedBy() != DecidedBy.AKISMET) {
            // the verdict itself is history even when a rule takes the decision ("cleared", then "held: 3 links")
            var entry = decisions.note(c, DecidedBy.AKISMET, "akismet", v.spam() ? "AKISMET_SPAM" : "AKISMET_HAM",
                    v.spam() ? "akismet:spam" : "akismet:ham",
                    v.spam() ? "Akismet caught this comment as spam" : "Akismet cleared this comment");
            entry.akismetVerdict = note.verdict();
            entry.akismetGuid = note.guid();
            entry.akismetProTip = note.proTip();
        }
        decisions.apply(c, decision, null, note);
    }

    private void failure(ModeratedComment c, CheckResult.Failure f) {
        keyState.alert(f.alert());
        tallies.akismet("error");
        if (f.kind() == CheckResult.FailureKind.INVALID_KEY) {
            keyState.rejected(f.detail());
        }
        if (!c.awaitingCheck) {
            return;
        }
        Instant now = Instant.now();
        c.checkAttempts++;
        c.lastCheckError = f.detail().length() > 500 ? f.detail().substring(0, 500) : f.detail();
        c.recheckReason = RETRY;
        if (c.decisionSeq == 0) {
            PipelineResult result = evaluator.evaluate(c, new AkismetOutcome.Failed(f.kind().reason, f.detail()));
            decisions.apply(c, ((PipelineResult.Decided) result).decision(), null, null);
        } else if (c.checkAttempts == 1) {
            // already decided (held): only the history learns that Akismet could not re-check it
            decisions.note(c, DecidedBy.AKISMET, "akismet", "AKISMET_CHECK_ERROR", "akismet:" + f.kind().reason,
                    "Akismet was unable to re-check this comment (" + f.detail() + "); it will be retried");
        }
        Duration age = Duration.between(c.receivedAt, now);
        if (age.compareTo(config.recheck().giveUpAfter()) >= 0) {
            c.awaitingCheck = false;
            c.nextCheckAt = null;
            c.unchecked = true;
            decisions.note(c, DecidedBy.SYSTEM, "system", "AKISMET_GAVE_UP", "akismet:unchecked",
                    "Akismet could not check this comment for " + config.recheck().giveUpAfter().toDays()
                            + " days: it stays pending for a person, flagged unchecked");
            return;
        }
        Backoff backoff = new Backoff(config.recheck().initialBackoff(), config.recheck().maxBackoff());
        c.nextCheckAt = backoff.next(now, c.checkAttempts, f.retryAfter());
    }

    /** Akismet is back after an outage: comments waiting out their backoff become due now. */
    @Transactional
    public int pullForwardRetries() {
        return comments.update("nextCheckAt = ?1 where awaitingCheck = true and checkAttempts > 0 and nextCheckAt > ?1",
                Instant.now());
    }

    /** "Check for Spam": every pending comment goes back to Akismet with recheck_reason=recheck_queue. */
    @Transactional
    public int queueRecheck() {
        int n = comments.update("awaitingCheck = true, nextCheckAt = ?1, recheckReason = ?2, unchecked = false "
                        + "where status = ?3 and asSubmitted is not null",
                Instant.now(), RECHECK_QUEUE, CommentStatus.PENDING);
        if (n > 0) {
            checkDue.fire(new CheckDue());
        }
        return n;
    }

    private Map<String, List<String>> fields(ModeratedComment c) {
        try {
            return mapper.readValue(c.asSubmitted, new TypeReference<>() {
            });
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("as-submitted copy of " + c.id + " unreadable", e);
        }
    }

}
