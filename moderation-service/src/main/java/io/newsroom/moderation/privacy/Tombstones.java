package io.newsroom.moderation.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Who was erased, by hash, and when. Intake and erasure take the same advisory locks on the person's hashes, so a
 * comment taken in while its author is being erased is either erased with the rest or refused at the tombstone.
 */
@ApplicationScoped
public class Tombstones {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(Collection<String> hashes) {
        hashes.stream().filter(Objects::nonNull).sorted().distinct().forEach(h ->
                em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 12))").setParameter(1, h)
                        .getSingleResult());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void bury(String hash, Instant erasedAt) {
        em.createNativeQuery("insert into privacy_tombstone (person_hash, erased_at) values (?1, ?2) "
                        + "on conflict (person_hash) do update set erased_at = greatest(privacy_tombstone.erased_at, excluded.erased_at)")
                .setParameter(1, hash).setParameter(2, erasedAt).executeUpdate();
    }

    /** Whether a comment by this email / subject, submitted at {@code submittedAt}, belongs to an erased person. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erased(String email, String subject, Instant submittedAt) {
        List<String> hashes = hashes(email, subject);
        if (hashes.isEmpty()) {
            return false;
        }
        lock(hashes);
        Number n = (Number) em.createNativeQuery("select count(*) from privacy_tombstone where person_hash in (:h) "
                        + "and erased_at >= :at")
                .setParameter("h", hashes).setParameter("at", submittedAt).getSingleResult();
        return n.intValue() > 0;
    }

    static List<String> hashes(String email, String subject) {
        List<String> hashes = new ArrayList<>(2);
        if (email != null && !email.isBlank()) {
            hashes.add(PersonHash.ofEmail(email));
        }
        if (subject != null && !subject.isBlank()) {
            hashes.add(PersonHash.ofSubject(subject));
        }
        return hashes;
    }
}
