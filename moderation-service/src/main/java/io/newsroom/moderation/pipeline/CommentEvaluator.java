package io.newsroom.moderation.pipeline;

import io.newsroom.moderation.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a stored comment into {@link CommentFacts} and runs the pipeline with the site's current settings. */
@ApplicationScoped
public class CommentEvaluator {
    private static final ModerationPipeline PIPELINE = ModerationPipeline.standard();

    @Inject
    SettingsService settings;
    @Inject
    ModeratedCommentRepository comments;

    public PipelineResult evaluate(ModeratedComment c, AkismetOutcome akismet) {
        Set<String> roles = c.authorRoles == null || c.authorRoles.isBlank() ? Set.of()
                : Arrays.stream(c.authorRoles.split(",")).map(String::trim).collect(Collectors.toSet());
        CommentFacts facts = new CommentFacts(c.authorName, c.authorEmail, c.authorUrl, c.content, c.userIp,
                c.userAgent, c.loggedIn(), roles, c.honeypotValue != null && !c.honeypotValue.isBlank(),
                comments.authorHasApprovedComment(c.authorEmail, c.id), akismet);
        return PIPELINE.run(facts, settings.ruleSettings());
    }
}
