package io.newsroom.moderation.retention;

import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.settings.SettingsService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * The scheduled purge of old spam (and discarded comments) and of expired as-submitted copies, as the Akismet
 * plugin does after 15 days.
 */
@ApplicationScoped
public class SpamPurge {
    private static final Logger LOG = Logger.getLogger(SpamPurge.class);
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;
    @Inject
    SettingsService settings;
    @Inject
    PurgeRecordRepository records;


    @Scheduled(every = "${newsroom.moderation.purge-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge(Instant.now());
    }

    /** Deletes spam and discarded comments decided before now − the configured age, in batches; returns how many. */
    public int purge(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(settings.spamPurgeDays()));
        int total = 0;
        while (true) {
            int n = purgeBatch(cutoff);
            total += n;
            if (n < BATCH) {
                break;
            }
        }
        int expired = expireAsSubmitted(cutoff);
        if (total > 0 || expired > 0) {
            LOG.infof("purged %d spam/discarded comments decided before %s; expired %d as-submitted copies",
                    total, cutoff, expired);
        }
        return total;
    }

    @Transactional
    int purgeBatch(Instant cutoff) {
        int n = em.createNativeQuery("delete from moderated_comment where id in (select id from moderated_comment "
                        + "where status in (?1, ?2) and decided_at < ?3 limit " + BATCH + ")")
                .setParameter(1, CommentStatus.SPAM.name()).setParameter(2, CommentStatus.DISCARDED.name())
                .setParameter(3, cutoff).executeUpdate();
        if (n > 0) {
            records.record(PurgeRecordRepository.SPAM, n, cutoff, Instant.now());
        }
        return n;
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
}
