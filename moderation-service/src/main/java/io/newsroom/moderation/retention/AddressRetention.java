package io.newsroom.moderation.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Moderation's copies kept no longer than the privacy statement says: IPs, user agents and referrers after
 * {@code ip-retention} (also the sent Akismet feedback, which carries them in its as-submitted copy), trashed
 * comments after {@code trash-retention} unless feedback to Akismet about them is unsent. Each step is one
 * statement, so replicas running it at the same time never take a row twice.
 */
@ApplicationScoped
public class AddressRetention {
    private static final Logger LOG = Logger.getLogger(AddressRetention.class);
    public static final String TRASH = "TRASH";

    /** What one run did. */
    public record Run(int addressesForgotten, int feedbackDropped, int trashPurged) {
    }

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PurgeRecordRepository records;
    @ConfigProperty(name = "newsroom.moderation.ip-retention")
    Duration ipRetention;
    @ConfigProperty(name = "newsroom.moderation.trash-retention")
    Duration trashRetention;

    @Scheduled(every = "${newsroom.moderation.purge-interval}", delayed = "40s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = run();
        if (run.addressesForgotten() + run.feedbackDropped() + run.trashPurged() > 0) {
            LOG.infof("retention: addresses removed from %d comments, %d sent feedback rows dropped, %d trashed comments purged",
                    run.addressesForgotten(), run.feedbackDropped(), run.trashPurged());
        }
    }

    @Transactional
    public Run run() {
        Instant now = clock.instant();
        Instant ipCutoff = now.minus(ipRetention);
        int forgotten = em.createNativeQuery("update moderated_comment set user_ip = null, user_agent = null, referrer = null "
                        + "where received_at < ?1 and (user_ip is not null or user_agent is not null or referrer is not null)")
                .setParameter(1, ipCutoff).executeUpdate();
        int feedback = em.createNativeQuery("delete from akismet_feedback where acknowledged_at is not null and created_at < ?1")
                .setParameter(1, ipCutoff).executeUpdate();
        Instant trashCutoff = now.minus(trashRetention);
        int trash = em.createNativeQuery("delete from moderated_comment c where c.status = 'TRASH' and c.decided_at < ?1 "
                        + "and not exists (select 1 from akismet_feedback f where f.comment_id = c.id and f.acknowledged_at is null)")
                .setParameter(1, trashCutoff).executeUpdate();
        if (trash > 0) {
            records.record(TRASH, trash, trashCutoff, now);
        }
        return new Run(forgotten, feedback, trash);
    }
}
