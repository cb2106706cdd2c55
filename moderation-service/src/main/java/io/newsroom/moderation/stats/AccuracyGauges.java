package io.newsroom.moderation.stats;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The accuracy figures of {@code /moderation/stats} as Prometheus gauges, per rule (or akismet), verdict, shadow
 * and window ({@code 7d}, {@code 30d}): {@code newsroom_moderation_accuracy_decided},
 * {@code newsroom_moderation_accuracy_overturned} and {@code newsroom_moderation_accuracy_overturn_rate}, read from
 * the database every {@code newsroom.moderation.accuracy-refresh} (so every replica reports the same figures).
 */
@ApplicationScoped
public class AccuracyGauges {

    @Inject
    SourceVerdictRepository verdicts;
    @Inject
    MeterRegistry registry;

    private MultiGauge decided;
    private MultiGauge overturned;
    private MultiGauge rate;

    void onStart(@Observes StartupEvent event) {
        decided = MultiGauge.builder("newsroom.moderation.accuracy.decided")
                .description("comments a source decided in the window").register(registry);
        overturned = MultiGauge.builder("newsroom.moderation.accuracy.overturned")
                .description("of those, how many moderators overturned").register(registry);
        rate = MultiGauge.builder("newsroom.moderation.accuracy.overturn.rate")
                .description("overturned / decided").register(registry);
    }

    @Scheduled(every = "${newsroom.moderation.accuracy-refresh}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        show(QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            // accuracy is read over 30 days; older verdicts (counts, no personal data) go
            verdicts.prune(now);
            return verdicts.tallies(now);
        }));
    }

    void show(List<SourceVerdictRepository.Tally> tallies) {
        List<MultiGauge.Row<?>> d = new ArrayList<>();
        List<MultiGauge.Row<?>> o = new ArrayList<>();
        List<MultiGauge.Row<?>> r = new ArrayList<>();
        for (SourceVerdictRepository.Tally t : tallies) {
            for (boolean week : new boolean[] {true, false}) {
                long n = week ? t.decided7() : t.decided30();
                long over = week ? t.overturned7() : t.overturned30();
                Tags tags = SourceVerdictRepository.tags(t.source(), t.verdict(), t.shadow()).and("window", week ? "7d" : "30d");
                d.add(MultiGauge.Row.of(tags, n));
                o.add(MultiGauge.Row.of(tags, over));
                r.add(MultiGauge.Row.of(tags, n == 0 ? 0.0 : (double) over / n));
            }
        }
        decided.register(d, true);
        overturned.register(o, true);
        rate.register(r, true);
    }
}
