package io.newsroom.moderation.pipeline;

import io.newsroom.moderation.pipeline.steps.AkismetStep;
import io.newsroom.moderation.pipeline.steps.ApproveStep;
import io.newsroom.moderation.pipeline.steps.DisallowedStep;
import io.newsroom.moderation.pipeline.steps.HoneypotStep;
import io.newsroom.moderation.pipeline.steps.LinkLimitStep;
import io.newsroom.moderation.pipeline.steps.ManualApprovalStep;
import io.newsroom.moderation.pipeline.steps.ModerationWordsStep;
import io.newsroom.moderation.pipeline.steps.PreviouslyApprovedStep;
import io.newsroom.moderation.pipeline.steps.StaffStep;

import java.util.List;
import java.util.Optional;

/**
 * The order of moderation, after WordPress' {@code wp_allow_comment} and the Akismet plugin:
 * <ol>
 * <li>the disallowed list trashes a comment without asking Akismet (the plugin skips the call too);</li>
 * <li>staff (editor, admin) are approved: the site trusts them more than any classifier;</li>
 * <li>Akismet: spam goes to the spam queue (or is discarded on the pro-tip), an error holds the comment for a
 * re-check;</li>
 * <li>hold rules: moderation words, too many links, a filled honeypot, "every comment must be approved",
 * "the author needs a previously approved comment";</li>
 * <li>what passed everything is approved.</li>
 * </ol>
 * A step that throws holds the comment: the pipeline never fails open.
 */
public final class ModerationPipeline {

    private final List<ModerationStep> steps;

    public ModerationPipeline(List<ModerationStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public static ModerationPipeline standard() {
        return new ModerationPipeline(List.of(
                new DisallowedStep(),
                new StaffStep(),
                new AkismetStep(),
                new ModerationWordsStep(),
                new LinkLimitStep(),
                new HoneypotStep(),
                new ManualApprovalStep(),
                new PreviouslyApprovedStep(),
                new ApproveStep()));
    }

    public PipelineResult run(CommentFacts facts, RuleSettings settings) {
        for (ModerationStep step : steps) {
            if (step.needsAkismet() && facts.akismet() instanceof AkismetOutcome.NotAsked) {
                return new PipelineResult.AskAkismet();
            }
            Optional<StepDecision> decision;
            try {
                decision = step.decide(facts, settings);
            } catch (RuntimeException e) {
                return new PipelineResult.Decided(StepDecision.rule(CommentStatus.PENDING, "error:" + step.name(),
                        "held: the " + step.name() + " check could not decide"));
            }
            if (decision.isPresent()) {
                return new PipelineResult.Decided(decision.get());
            }
        }
        // unreachable with ApproveStep last; still, nothing decided means a person decides
        return new PipelineResult.Decided(StepDecision.rule(CommentStatus.PENDING, "rule:undecided",
                "held: no rule decided"));
    }
}
