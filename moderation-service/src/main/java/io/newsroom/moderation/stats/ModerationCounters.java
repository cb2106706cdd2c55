package io.newsroom.moderation.stats;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.DecidedBy;
import io.newsroom.moderation.decision.Mistake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;

/**
 * What moderation did, counted twice: in the database for {@code /moderation/stats} (in the caller's transaction,
 * so a rolled-back decision counts nothing there) and as Micrometer counters for {@code /q/metrics}.
 */
@ApplicationScoped
public class ModerationCounters {

    @Inject
    TallyRepository tallies;
    @Inject
    MeterRegistry registry;

    public void decision(DecidedBy by, CommentStatus status) {
        tallies.add(decisionTally(by, status), 1);
        registry.counter("newsroom.moderation.decisions", "source", by.name().toLowerCase(Locale.ROOT),
                "status", status.name().toLowerCase(Locale.ROOT)).increment();
    }

    /** One Akismet check's outcome: {@code spam}, {@code ham} or {@code error}. */
    public void akismetCheck(String outcome) {
        tallies.add("akismet:" + outcome, 1);
        registry.counter("newsroom.akismet.checks", "outcome", outcome).increment();
    }

    public void mistake(Mistake mistake) {
        tallies.add(mistakeTally(mistake), 1);
        registry.counter("newsroom.akismet.mistakes", "kind", mistake.name().toLowerCase(Locale.ROOT)).increment();
    }

    static String decisionTally(DecidedBy by, CommentStatus status) {
        return "decision:" + by.name() + ":" + status.name();
    }

    static String mistakeTally(Mistake mistake) {
        return "mistake:" + mistake.name().toLowerCase(Locale.ROOT);
    }
}
