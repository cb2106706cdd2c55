package io.newsroom.moderation.stats;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import java.util.Map;
import java.util.stream.Collectors;

/** Named running totals in the database, added to in the caller's transaction; they outlive purged comments. */
@ApplicationScoped
public class TallyRepository implements PanacheRepositoryBase<Tally, String> {

    public void add(String name, long by) {
        getEntityManager().createNativeQuery("insert into moderation_tally (name, total) values (?1, ?2) "
                        + "on conflict (name) do update set total = moderation_tally.total + excluded.total")
                .setParameter(1, name).setParameter(2, by)
                // depends on no pending entity change: without this Hibernate dirty-checks the whole session first,
                // per count (in a batch of decisions, every comment of the batch, again and again)
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    public Map<String, Long> all() {
        return listAll().stream().collect(Collectors.toMap(t -> t.name, t -> t.total));
    }
}
