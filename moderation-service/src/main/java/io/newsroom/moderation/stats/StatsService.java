package io.newsroom.moderation.stats;

import io.newsroom.moderation.akismet.AkismetKeyState;
import io.newsroom.moderation.akismet.FeedbackService;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.ModeratedCommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
public class StatsService {

    @Inject
    Tallies tallies;
    @Inject
    ModeratedCommentRepository comments;
    @Inject
    FeedbackService feedback;
    @Inject
    AkismetKeyState keyState;

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
        all.forEach((name, total) -> {
            if (!name.startsWith("decision:")) {
                return;
            }
            String[] parts = name.split(":");
            String source = switch (parts[1]) {
                case "RULE" -> "rules";
                case "AKISMET" -> "akismet";
                case "MODERATOR" -> "moderators";
                default -> "system";
            };
            bySource.merge(source, total, Long::sum);
            byStatus.merge(parts[2], total, Long::sum);
            if (parts[2].equals("DISCARDED")) {
                bySource.merge("discarded", total, Long::sum);
            }
        });
        Map<String, Long> checks = new LinkedHashMap<>();
        for (String outcome : new String[] {"spam", "ham", "error"}) {
            checks.put(outcome, all.getOrDefault("akismet:" + outcome, 0L));
        }
        Map<String, Long> purged = new LinkedHashMap<>();
        purged.put("spam", all.getOrDefault("purged:spam", 0L));
        purged.put("privacy", all.getOrDefault("purged:privacy", 0L));
        AkismetKeyState.Status key = keyState.status();
        return new StatsView(queue, bySource, byStatus, checks,
                new StatsView.Mistakes(all.getOrDefault(Tallies.MISSED_SPAM, 0L), all.getOrDefault(Tallies.FALSE_POSITIVE, 0L)),
                comments.count("awaitingCheck", true), comments.count("unchecked", true),
                feedback.count("acknowledgedAt is null"), purged,
                new StatsView.Akismet(key == AkismetKeyState.Status.NO_KEY ? "rules-only" : "akismet",
                        key.name().toLowerCase(Locale.ROOT), keyState.detail(),
                        keyState.lastAlert().map(a -> a.code() + ": " + a.message()).orElse(null)));
    }
}
