package io.newsroom.moderation.privacy;

import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.settings.SettingsService;
import io.newsroom.moderation.stats.Tallies;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Personal data: erasure on request, and the scheduled purge of old spam (and discarded comments) and of
 * expired as-submitted copies, as the Akismet plugin does after 15 days.
 */
@ApplicationScoped
public class PrivacyService {
    private static final Logger LOG = Logger.getLogger(PrivacyService.class);
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;
    @Inject
    SettingsService settings;
    @Inject
    Tallies tallies;

    /** Our copy keeps the comment (its text and decisions) but not who wrote it nor what was sent to Akismet. */
    @Transactional
    public ErasureResult erase(String email) {
        String lower = email.trim().toLowerCase(Locale.ROOT);
        // the feedback rows carry a copy of the as-submitted fields (with the email): they go too, sent or not
        int feedback = em.createNativeQuery("delete from akismet_feedback where comment_id in "
                        + "(select id from moderated_comment where lower(author_email) = ?1)")
                .setParameter(1, lower).executeUpdate();
        int erased = em.createNativeQuery("update moderated_comment set author_name = 'Anonymous', author_email = null, "
                        + "author_url = null, user_ip = null, user_agent = null, referrer = null, honeypot_value = null, "
                        + "as_submitted = null, as_submitted_at = null where lower(author_email) = ?1")
                .setParameter(1, lower).executeUpdate();
        PurgeRecord.record("PRIVACY", erased, null);
        tallies.purged("privacy", erased);
        LOG.infof("personal data erased from %d comments on request", erased);
        return new ErasureResult(erased, feedback);
    }

    @Scheduled(every = "${newsroom.moderation.purge-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purgeOldSpam(Instant.now());
    }

    /** Deletes spam and discarded comments decided before now − the configured age, in batches; returns how many. */
    public int purgeOldSpam(Instant now) {
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
            PurgeRecord.record("SPAM", n, cutoff);
            tallies.purged("spam", n);
        }
        return n;
    }

    @Transactional
    int expireAsSubmitted(Instant cutoff) {
        int n = em.createNativeQuery("update moderated_comment set as_submitted = null, as_submitted_at = null "
                        + "where as_submitted_at < ?1 and not awaiting_check")
                .setParameter(1, cutoff).executeUpdate();
        if (n > 0) {
            PurgeRecord.record("AS_SUBMITTED", n, cutoff);
        }
        return n;
    }
}
