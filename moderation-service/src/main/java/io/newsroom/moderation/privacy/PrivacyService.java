package io.newsroom.moderation.privacy;

import io.newsroom.moderation.retention.PurgeRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Locale;

/** Erasure of one person's data on request. */
@ApplicationScoped
public class PrivacyService {
    private static final Logger LOG = Logger.getLogger(PrivacyService.class);

    @Inject
    EntityManager em;
    @Inject
    PurgeRecordRepository records;

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
        records.record(PurgeRecordRepository.PRIVACY, erased, null, Instant.now());
        LOG.infof("personal data erased from %d comments on request", erased);
        return new ErasureResult(erased, feedback);
    }
}
