package io.newsroom.moderation.pipeline.steps;

import io.newsroom.moderation.pipeline.CommentFacts;
import io.newsroom.moderation.pipeline.CommentStatus;
import io.newsroom.moderation.pipeline.ModerationStep;
import io.newsroom.moderation.pipeline.RuleSettings;
import io.newsroom.moderation.pipeline.StepDecision;

import java.util.Optional;

/** Comments by logged-in editors and admins are approved (the disallowed list still applies before). */
public final class StaffStep implements ModerationStep {
    @Override
    public String name() {
        return "staff";
    }

    @Override
    public Optional<StepDecision> decide(CommentFacts facts, RuleSettings settings) {
        if (!facts.loggedIn()) {
            return Optional.empty();
        }
        for (String role : new String[] {"admin", "editor"}) {
            if (facts.roles().contains(role)) {
                return Optional.of(StepDecision.rule(CommentStatus.APPROVED, "rule:staff",
                        "approved: written by staff (" + role + ")"));
            }
        }
        return Optional.empty();
    }
}
