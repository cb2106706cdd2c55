package io.newsroom.moderation.checks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.akismet.AkismetKeyState;
import io.newsroom.moderation.akismet.CheckResult;
import io.newsroom.moderation.decision.AkismetAnswer;
import io.newsroom.moderation.decision.CheckReason;
import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.Input;
import io.newsroom.moderation.outcome.DecisionRunner;
import io.newsroom.moderation.stats.ModerationCounters;
import io.newsroom.moderation.store.ModeratedComment;
import io.newsroom.moderation.store.ModeratedCommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional half of Akismet checking: claiming due comments (durable state in PostgreSQL, so a restart
 * forgets nothing) and handing each answer to the decider.
 */
@ApplicationScoped
public class CheckService {
    private static final Logger LOG = Logger.getLogger(CheckService.class);

    /** One comment to check: its as-submitted fields and the recheck_reason to send (null on the first check). */
    public record CheckJob(UUID commentId, Map<String, List<String>> fields, CheckReason recheckReason) {
    }

    @Inject
    ModeratedCommentRepository comments;
    @Inject
    DecisionRunner decisions;
    @Inject
    AkismetConfig config;
    @Inject
    AkismetKeyState keyState;
    @Inject
    ModerationCounters counters;
    @Inject
    ObjectMapper mapper;
    @Inject
    Event<CheckDue> checkDue;

    /**
     * Due comments, leased for a while so the next poll does not send them twice while they are in flight; if
     * the process dies mid-call the lease expires and they are checked again. One statement: the rows no other
     * replica is claiming ({@code SKIP LOCKED}) get the lease and come back with what is to be sent.
     */
    @Transactional
    public List<CheckJob> claimDue(int limit) {
        Instant now = Instant.now();
        Instant lease = now.plus(config.timeout().multipliedBy(3)).plusSeconds(5);
        List<CheckJob> jobs = new ArrayList<>();
        for (Object[] row : comments.leaseDue(now, lease, limit)) {
            UUID id = (UUID) row[0];
            String reason = (String) row[2];
            jobs.add(new CheckJob(id, fields(id, (String) row[1]), reason == null ? null : CheckReason.valueOf(reason)));
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

    /**
     * Akismet's answers for several comments, stored in one transaction (one commit for all). Should that fail,
     * each is stored on its own, so one bad comment cannot hold back the others; one that still fails keeps its
     * lease and is checked again when the lease ends.
     */
    public void applyAll(List<CheckRunner.Answered> answers) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Map<UUID, ModeratedComment> locked = comments.lockAll(answers.stream().map(a -> a.job().commentId()).toList());
                for (CheckRunner.Answered a : answers) {
                    ModeratedComment c = locked.get(a.job().commentId());
                    if (c != null) {
                        apply(c, a.result(), a.job().recheckReason());
                    }
                }
            });
        } catch (RuntimeException batchFailed) {
            if (answers.size() == 1) {
                throw batchFailed;
            }
            LOG.warnf("storing %d Akismet answers together failed (%s); storing each on its own", answers.size(),
                    batchFailed.getMessage());
            for (CheckRunner.Answered a : answers) {
                try {
                    apply(a.job().commentId(), a.result(), a.job().recheckReason());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Akismet's answer for comment %s not stored; it is checked again when its lease ends",
                            a.job().commentId());
                }
            }
        }
    }

    @Transactional
    public void apply(UUID id, CheckResult result, CheckReason recheckReason) {
        ModeratedComment c = comments.lock(id).orElse(null);
        if (c != null) {
            apply(c, result, recheckReason);
        }
    }

    private void apply(ModeratedComment c, CheckResult result, CheckReason recheckReason) {
        if (result instanceof CheckResult.Verdict verdict) {
            keyState.confirmed();
            counters.akismetCheck(verdict.spam() ? "spam" : "ham");
        } else {
            counters.akismetCheck("error");
            CheckResult.Failure failure = (CheckResult.Failure) result;
            if (failure.kind() == AkismetAnswer.FailureKind.INVALID_KEY) {
                keyState.rejected(failure.detail());
            }
        }
        decisions.run(c, new Input.AkismetAnswered(result.answer(), recheckReason));
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
                Instant.now(), CheckReason.RECHECK_QUEUE, CommentStatus.PENDING);
        if (n > 0) {
            checkDue.fire(new CheckDue());
        }
        return n;
    }

    private Map<String, List<String>> fields(UUID id, String asSubmitted) {
        try {
            return mapper.readValue(asSubmitted, new TypeReference<>() {
            });
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("as-submitted copy of " + id + " unreadable", e);
        }
    }
}
