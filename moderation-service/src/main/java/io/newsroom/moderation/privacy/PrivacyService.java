package io.newsroom.moderation.privacy;

import io.newsroom.moderation.outbox.PrivacyEvents;
import io.newsroom.moderation.retention.PurgeRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Erasure of one person on request (privacy.erasure-requested). Our copies go entirely: the comment rows with their
 * text, name, email, website, IP, user agent, referrer, subject and the as-submitted Akismet copy, their history
 * lines and their Akismet feedback (which carries another as-submitted copy). The tally and the accuracy figures,
 * which hold no personal data, stay.
 */
@ApplicationScoped
public class PrivacyService {
    private static final Logger LOG = Logger.getLogger(PrivacyService.class);
    public static final String SERVICE = "moderation-service";

    @Inject
    EntityManager em;
    @Inject
    PurgeRecordRepository records;
    @Inject
    PrivacyEvents outbox;
    @Inject
    Tombstones tombstones;
    @Inject
    Clock clock;

    static String match(String by) {
        return "email".equals(by)
                ? "author_email is not null and encode(sha256(convert_to(lower(author_email), 'UTF8')), 'hex') = ?1"
                : "author_subject is not null and encode(sha256(convert_to(author_subject, 'UTF8')), 'hex') = ?1";
    }

    /** Idempotent: a redelivered request erases nothing more and is confirmed again. */
    @Transactional
    public ErasureResult erase(ErasureRequested request) {
        tombstones.lock(List.of(request.personHash()));
        tombstones.bury(request.personHash(), request.requestedAt());
        // what the person wrote after asking is a new comment, not part of this request (a redelivery must not take it)
        String where = match(request.by()) + " and submitted_at <= ?2";
        int history = ((Number) em.createNativeQuery("select count(*) from moderation_history where comment_id in "
                + "(select id from moderated_comment where " + where + ")")
                .setParameter(1, request.personHash()).setParameter(2, request.requestedAt()).getSingleResult()).intValue();
        int feedback = em.createNativeQuery("delete from akismet_feedback where comment_id in "
                        + "(select id from moderated_comment where " + where + ")")
                .setParameter(1, request.personHash()).setParameter(2, request.requestedAt()).executeUpdate();
        // history lines go with their comment (on delete cascade)
        int erased = em.createNativeQuery("delete from moderated_comment where " + where)
                .setParameter(1, request.personHash()).setParameter(2, request.requestedAt()).executeUpdate();
        Instant now = clock.instant();
        records.record(PurgeRecordRepository.PRIVACY, erased, null, now);
        outbox.erasureDone(request.requestId(), new ErasureDone(request.requestId(), SERVICE, erased, history, feedback, true, now));
        LOG.infof("erasure request %s: %d comments, %d history lines, %d feedback rows erased", request.requestId(),
                erased, history, feedback);
        return new ErasureResult(erased, history, feedback);
    }
}
