package io.newsroom.moderation.stats;

import io.newsroom.moderation.akismet.AkismetAlerts;
import io.newsroom.moderation.akismet.AkismetKeyState;
import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.DecidedBy;
import io.newsroom.moderation.decision.Mistake;
import io.newsroom.moderation.feedback.FeedbackRepository;
import io.newsroom.moderation.retention.PurgeRecordRepository;
import io.newsroom.moderation.store.ModeratedCommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
public class StatsService {

    @Inject
    TallyRepository tallies;
    @Inject
    ModeratedCommentRepository comments;
    @Inject
    FeedbackRepository feedback;
    @Inject
    PurgeRecordRepository purges;
    @Inject
    AkismetKeyState keyState;
    @Inject
    AkismetAlerts alerts;
    @Inject
    SourceVerdictRepository verdicts;
    @Inject
    AccuracyGauges gauges;

    @Transactional
    public StatsView stats() {
        Map<String, Long> all = tallies.all();
        Map<String, Long> queue = new LinkedHashMap<>();
        for (CommentStatus s : CommentStatus.values()) {
            queue.put(s.name(), comments.count("status", s));
        }
        Map<String, Long> bySource = new LinkedHashMap<>();
        for (String source : new String[] {"rules", "akismet", "moderators", "system"}) {
            bySource.put(source, 0L);
        }
        bySource.put("discarded", 0L);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (CommentStatus s : CommentStatus.values()) {
            byStatus.put(s.name(), 0L);
        }
        for (DecidedBy by : DecidedBy.values()) {
            String source = switch (by) {
                case RULE -> "rules";
                case AKISMET -> "akismet";
                case MODERATOR -> "moderators";
                case SYSTEM -> "system";
            };
            for (CommentStatus status : CommentStatus.values()) {
                long total = all.getOrDefault(ModerationCounters.decisionTally(by, status), 0L);
                bySource.merge(source, total, Long::sum);
                byStatus.merge(status.name(), total, Long::sum);
                if (status == CommentStatus.DISCARDED) {
                    bySource.merge("discarded", total, Long::sum);
                }
            }
        }
        Map<String, Long> checks = new LinkedHashMap<>();
        for (String outcome : new String[] {"spam", "ham", "error"}) {
            checks.put(outcome, all.getOrDefault("akismet:" + outcome, 0L));
        }
        Map<String, Long> purged = new LinkedHashMap<>();
        purged.put("spam", purges.total(PurgeRecordRepository.SPAM));
        purged.put("privacy", purges.total(PurgeRecordRepository.PRIVACY));
        List<SourceVerdictRepository.Tally> accuracy = verdicts.tallies(Instant.now());
        // what an admin reads here, Prometheus reads too
        gauges.show(accuracy);
        AkismetKeyState.Status key = keyState.status();
        return new StatsView(queue, bySource, byStatus, checks,
                new StatsView.Mistakes(all.getOrDefault(ModerationCounters.mistakeTally(Mistake.MISSED_SPAM), 0L),
                        all.getOrDefault(ModerationCounters.mistakeTally(Mistake.FALSE_POSITIVE), 0L)),
                comments.count("awaitingCheck", true), comments.count("unchecked", true),
                feedback.unsent(), purged,
                new StatsView.Akismet(key == AkismetKeyState.Status.NO_KEY ? "rules-only" : "akismet",
                        key.name().toLowerCase(Locale.ROOT), keyState.detail(),
                        alerts.last().map(a -> a.code() + ": " + a.message()).orElse(null)),
                accuracy.stream().map(AccuracyView::of).toList(),
                purges.latest(PurgeRecordRepository.SPAM).map(r -> new StatsView.LastPurge(r.at, r.purged, r.oldest,
                        r.newest, r.olderThan, r.keptForFeedback)).orElse(null));
    }
}
