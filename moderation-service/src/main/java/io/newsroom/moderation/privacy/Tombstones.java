package io.newsroom.moderation.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /**
     * For a batch of comments taken in together: locks every hash (in one statement, in sorted order, so two
     * batches cannot deadlock; an erasure takes a single one) and returns, for those buried, when they were
     * erased (microseconds since the epoch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Long> lockAndFind(Collection<String> hashes) {
        List<String> sorted = hashes.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return Map.of();
        }
        // hex hashes: a comma cannot be part of one
        em.createNativeQuery("select count(pg_advisory_xact_lock(hashtextextended(h, 12))) "
                        + "from unnest(string_to_array(?1, ',')) with ordinality as t(h, i)")
                .setParameter(1, String.join(",", sorted))
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("privacy_tombstone")
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select person_hash, cast(extract(epoch from erased_at) * 1000000 as bigint) "
                        + "from privacy_tombstone where person_hash in (:h)")
                .setParameter("h", sorted)
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("privacy_tombstone")
                .getResultList();
        Map<String, Long> erased = new HashMap<>();
        for (Object[] row : rows) {
            erased.put((String) row[0], ((Number) row[1]).longValue());
        }
        return erased;
    }

    /** Whether a comment by this email / subject, submitted at {@code submittedAt}, is of a person in {@code buried}. */
    public static boolean erased(Map<String, Long> buried, String email, String subject, Instant submittedAt) {
        long at = submittedAt.getEpochSecond() * 1_000_000 + submittedAt.getNano() / 1_000;
        for (String h : hashes(email, subject)) {
            Long erasedAt = buried.get(h);
            if (erasedAt != null && erasedAt >= at) {
                return true;
            }
        }
        return false;
    }

    public static List<String> hashes(String email, String subject) {
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
