package io.newsroom.moderation.outcome;

import io.newsroom.moderation.akismet.AkismetConfig;
import io.newsroom.moderation.decision.CommentFacts;
import io.newsroom.moderation.decision.CommentState;
import io.newsroom.moderation.decision.Decider;
import io.newsroom.moderation.decision.Input;
import io.newsroom.moderation.decision.Outcome;
import io.newsroom.moderation.decision.Policy;
import io.newsroom.moderation.security.Roles;
import io.newsroom.moderation.settings.SettingsService;
import io.newsroom.moderation.store.ModeratedComment;
import io.newsroom.moderation.store.ModeratedCommentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Optional;

/**
 * Runs the {@link Decider} once for one input: reads the comment's facts and the site's policy, and hands the
 * outcome to {@link OutcomeWriter} unchanged. Inside the caller's transaction, on a comment the caller locked.
 */
@ApplicationScoped
public class DecisionRunner {
    private static final Decider DECIDER = Decider.standard();

    @Inject
    SettingsService settings;
    @Inject
    ModeratedCommentRepository comments;
    @Inject
    OutcomeWriter writer;
    @Inject
    AkismetConfig akismet;

    public Outcome run(ModeratedComment c, Input input) {
        Instant now = Instant.now();
        Policy policy = settings.policy();
        Outcome outcome = DECIDER.decide(facts(c, policy), state(c), policy, input, now);
        writer.write(c, outcome, now);
        return outcome;
    }

    private CommentFacts facts(ModeratedComment c, Policy policy) {
        boolean previouslyApproved = policy.requirePreviouslyApproved()
                && comments.authorHasApprovedComment(c);
        return new CommentFacts(c.authorName, c.authorEmail, c.authorUrl, c.content, c.userIp, c.userAgent,
                c.loggedIn(), Roles.parse(c.authorRoles), c.honeypotValue != null && !c.honeypotValue.isBlank(),
                previouslyApproved);
    }

    private CommentState state(ModeratedComment c) {
        return new CommentState(c.decisionSeq > 0, c.status, c.decidedBy, c.decisionReason, c.statusBefore,
                Optional.ofNullable(c.akismetVerdict), Optional.ofNullable(c.reportedAs), c.awaitingCheck,
                c.checkAttempts, c.receivedAt, akismet.enabled() && c.asSubmitted != null);
    }
}
