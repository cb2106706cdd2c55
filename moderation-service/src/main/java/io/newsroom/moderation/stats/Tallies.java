package io.newsroom.moderation.stats;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.DecidedBy;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts what moderation does, in the database (for {@code /moderation/stats}, in the decision's transaction)
 * and as Micrometer counters (for {@code /q/metrics}).
 */
@ApplicationScoped
public class Tallies implements PanacheRepositoryBase<Tally, String> {

    public static final String MISSED_SPAM = "mistake:missed_spam";
    public static final String FALSE_POSITIVE = "mistake:false_positive";

    @Inject
    MeterRegistry registry;

    public void decision(DecidedBy by, CommentStatus status) {
        add("decision:" + by.name() + ":" + status.name(), 1);
        registry.counter("newsroom.moderation.decisions", "source", by.name().toLowerCase(Locale.ROOT),
                "status", status.name().toLowerCase(Locale.ROOT)).increment();
    }

    public void akismet(String outcome) {
        add("akismet:" + outcome, 1);
        registry.counter("newsroom.akismet.checks", "outcome", outcome).increment();
    }

    public void mistake(String name) {
        add(name, 1);
        registry.counter("newsroom.akismet.mistakes", "kind", name.substring("mistake:".length())).increment();
    }

    public void purged(String kind, int count) {
        add("purged:" + kind, count);
        registry.counter("newsroom.moderation.purged", "kind", kind).increment(count);
    }

    public Map<String, Long> all() {
        return listAll().stream().collect(Collectors.toMap(t -> t.name, t -> t.total));
    }

    private void add(String name, long by) {
        getEntityManager().createNativeQuery("insert into moderation_tally (name, total) values (?1, ?2) "
                        + "on conflict (name) do update set total = moderation_tally.total + excluded.total")
                .setParameter(1, name).setParameter(2, by).executeUpdate();
    }
}
