package io.newsroom.moderation.retention;

import io.newsroom.moderation.settings.SettingsService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The scheduled purge of old spam (and discarded comments) and of expired as-submitted copies, as the Akismet
 * plugin does after 15 days — but safely: a comment goes only after it has been in the spam queue, where a
 * moderator could review it, for the whole period (counted from when it last entered, not from its first
 * decision), and never while feedback to Akismet about it is unsent. Each run leaves a {@link PurgeRecord}.
 */
@ApplicationScoped
public class SpamPurge {
    private static final Logger LOG = Logger.getLogger(SpamPurge.class);
    private static final int BATCH = 1000;
    private static final String PURGEABLE = "from moderated_comment c where c.status in ('SPAM', 'DISCARDED') "
            + "and c.spam_since < ?1";
    private static final String FEEDBACK_UNSENT = "exists (select 1 from akismet_feedback f "
            + "where f.comment_id = c.id and f.acknowledged_at is null)";

    /** What one run did. */
    public record Run(int purged, Instant oldest, Instant newest, int keptForFeedback) {
    }

    @Inject
    EntityManager em;
    @Inject
    SettingsService settings;
    @Inject
    PurgeRecordRepository records;
    @Inject
    java.time.Clock clock;

    @Scheduled(every = "${newsroom.moderation.purge-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(clock.instant());
    }

    /** Deletes what has been spam for longer than the configured period, in batches; returns how many. */
    public int purge(Instant now) {
        return run(now).purged();
    }

    public Run run(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(settings.spamPurgeDays()));
        int total = 0;
        Instant oldest = null;
        Instant newest = null;
        while (true) {
            Run batch = purgeBatch(cutoff);
            total += batch.purged();
            oldest = earlier(oldest, batch.oldest());
            newest = later(newest, batch.newest());
            if (batch.purged() < BATCH) {
                break;
            }
        }
        Run run = new Run(total, oldest, newest, keptForFeedback(cutoff));
        record(run, cutoff, now);
        int expired = expireAsSubmitted(cutoff);
        if (total > 0 || expired > 0 || run.keptForFeedback() > 0) {
            LOG.infof("purged %d spam/discarded comments in the spam queue since before %s (oldest %s, newest %s); "
                    + "kept %d awaiting Akismet feedback; expired %d as-submitted copies", total, cutoff, oldest, newest,
                    run.keptForFeedback(), expired);
        }
        return run;
    }

    @Transactional
    Run purgeBatch(Instant cutoff) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select c.id, c.spam_since " + PURGEABLE + " and not " + FEEDBACK_UNSENT
                        + " order by c.spam_since limit " + BATCH + " for update of c skip locked")
                .setParameter(1, cutoff).getResultList();
        if (due.isEmpty()) {
            return new Run(0, null, null, 0);
        }
        List<UUID> ids = due.stream().map(row -> (UUID) row[0]).toList();
        int n = em.createNativeQuery("delete from moderated_comment where id in (:ids)").setParameter("ids", ids)
                .executeUpdate();
        return new Run(n, instant(due.get(0)[1]), instant(due.get(due.size() - 1)[1]), 0);
    }

    @Transactional
    int keptForFeedback(Instant cutoff) {
        return ((Number) em.createNativeQuery("select count(*) " + PURGEABLE + " and " + FEEDBACK_UNSENT)
                .setParameter(1, cutoff).getSingleResult()).intValue();
    }

    @Transactional
    void record(Run run, Instant cutoff, Instant at) {
        PurgeRecord r = records.record(PurgeRecordRepository.SPAM, run.purged(), cutoff, at);
        r.oldest = run.oldest();
        r.newest = run.newest();
        r.keptForFeedback = run.keptForFeedback();
    }

    @Transactional
    int expireAsSubmitted(Instant cutoff) {
        int n = em.createNativeQuery("update moderated_comment set as_submitted = null, as_submitted_at = null "
                        + "where as_submitted_at < ?1 and not awaiting_check")
                .setParameter(1, cutoff).executeUpdate();
        if (n > 0) {
            records.record(PurgeRecordRepository.AS_SUBMITTED, n, cutoff, Instant.now());
        }
        return n;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
