package io.newsroom.moderation.stats;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.ModerationAction;
import io.newsroom.moderation.decision.Outcome;
import io.newsroom.moderation.decision.Source;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Accuracy, per source and verdict: each source's first verdict on a comment, and moderators' actions judging it.
 * Counted as it happens in {@code newsroom_moderation_verdicts_total} / {@code newsroom_moderation_overturns_total}
 * (tags {@code rule}, {@code verdict}, {@code shadow}); read over 7 and 30 days for the stats and the gauges.
 */
@ApplicationScoped
public class SourceVerdictRepository implements PanacheRepositoryBase<SourceVerdictRecord, UUID> {
    /** How long verdicts are kept: the longest window read, and a day. */
    public static final Duration KEPT = Duration.ofDays(31);

    /** One source's verdict over a window: how many comments it decided, how many moderators overturned. */
    public record Tally(String source, CommentStatus verdict, boolean shadow, long decided7, long overturned7,
                        long decided30, long overturned30) {
    }

    @Inject
    MeterRegistry registry;

    /** In the decision's transaction. A source's later verdicts on the same comment (a re-check) do not count again. */
    public void record(UUID commentId, Outcome.SourceVerdict v, Instant at) {
        int inserted = getEntityManager().createNativeQuery("insert into source_verdict (id, comment_id, source, shadow, "
                        + "verdict, decided_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (comment_id, source, shadow) do nothing")
                .setParameter(1, UUID.randomUUID()).setParameter(2, commentId).setParameter(3, v.source().id())
                .setParameter(4, v.shadow()).setParameter(5, v.verdict().name()).setParameter(6, at)
                // depends on no pending entity change: without this Hibernate dirty-checks the whole session first,
                // per statement (in a batch of decisions, every comment of the batch, again and again)
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        if (inserted > 0) {
            registry.counter("newsroom.moderation.verdicts", tags(v.source().id(), v.verdict(), v.shadow())).increment();
        }
    }

    /** A moderator's action judges every earlier verdict on the comment: overturned, or (again) upheld. */
    public void judge(UUID commentId, ModerationAction action, String moderator, Instant at) {
        for (SourceVerdictRecord r : list("commentId", commentId)) {
            boolean overturned = Source.ofId(r.source).map(source -> action.overturns(source, r.verdict)).orElse(false);
            if (overturned && r.overturnedAt == null) {
                r.overturnedAt = at;
                r.overturnedBy = moderator;
                registry.counter("newsroom.moderation.overturns", tags(r.source, r.verdict, r.shadow)).increment();
            } else if (!overturned) {
                r.overturnedAt = null;
                r.overturnedBy = null;
            }
        }
    }

    /** Every source and verdict seen in the last 30 days, with its counts over 7 and 30 days. */
    public List<Tally> tallies(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select source, verdict, shadow, "
                        + "count(*) filter (where decided_at >= ?1), "
                        + "count(*) filter (where decided_at >= ?1 and overturned_at is not null), "
                        + "count(*), count(*) filter (where overturned_at is not null) "
                        + "from source_verdict where decided_at >= ?2 group by source, verdict, shadow "
                        + "order by source, verdict, shadow")
                .setParameter(1, now.minus(Duration.ofDays(7))).setParameter(2, now.minus(Duration.ofDays(30)))
                .getResultList();
        return rows.stream().map(r -> new Tally((String) r[0], CommentStatus.valueOf((String) r[1]), (Boolean) r[2],
                ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                ((Number) r[6]).longValue())).toList();
    }

    public long prune(Instant now) {
        return delete("decidedAt < ?1", now.minus(KEPT));
    }

    static Tags tags(String source, CommentStatus verdict, boolean shadow) {
        return Tags.of("rule", source, "verdict", verdict.name().toLowerCase(Locale.ROOT), "shadow", String.valueOf(shadow));
    }
}
