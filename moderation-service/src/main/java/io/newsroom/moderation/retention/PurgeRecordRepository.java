package io.newsroom.moderation.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** What was purged or erased, and when: the record an admin reads in {@code /moderation/stats}. */
@ApplicationScoped
public class PurgeRecordRepository implements PanacheRepositoryBase<PurgeRecord, UUID> {
    public static final String SPAM = "SPAM";
    public static final String AS_SUBMITTED = "AS_SUBMITTED";
    public static final String PRIVACY = "PRIVACY";

    @Inject
    MeterRegistry registry;

    /** In the caller's transaction; also counted in {@code newsroom_moderation_purged_total{kind}}. */
    public PurgeRecord record(String kind, int purged, Instant olderThan, Instant at) {
        PurgeRecord r = new PurgeRecord();
        r.id = UUID.randomUUID();
        r.at = at;
        r.kind = kind;
        r.purged = purged;
        r.olderThan = olderThan;
        persist(r);
        if (!AS_SUBMITTED.equals(kind)) {
            registry.counter("newsroom.moderation.purged", "kind", kind.toLowerCase(Locale.ROOT)).increment(purged);
        }
        return r;
    }

    public Optional<PurgeRecord> latest(String kind) {
        return find("kind = ?1 order by at desc", kind).firstResultOptional();
    }

    public long total(String kind) {
        Long sum = getEntityManager().createQuery("select coalesce(sum(r.purged), 0) from PurgeRecord r where r.kind = :kind",
                Long.class).setParameter("kind", kind).getSingleResult();
        return sum == null ? 0 : sum;
    }
}
