package io.newsroom.comment.article;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.newsroom.comment.problem.ProblemException;
import io.newsroom.comment.problem.ProblemType;

/**
 * Turns what article-service said (or failed to say) into our answer: unknown or unpublished story
 * 404, comments closed 409, article-service unable to answer 503 with Retry-After, never a 500.
 */
@ApplicationScoped
public class StoryCheck {

    private static final Logger LOG = Logger.getLogger(StoryCheck.class);
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    @Inject
    ArticleGateway gateway;

    /** comment-service's own kind of problem (docs/contracts.md, "Errors"). */
    static final ProblemType COMMENTS_CLOSED = new ProblemType(409, "comments-closed", "Comments are closed");

    /** The story a reply may be left on. */
    public ArticleView openStory(UUID articleId) {
        ArticleView article = publishedStory(articleId);
        if (!article.commentsOpen()) {
            throw new ProblemException(COMMENTS_CLOSED, "Comments are closed on this story.");
        }
        return article;
    }

    /** The story a reply may be left on or its comments read: published, or 404 (as article-service says). */
    public ArticleView publishedStory(UUID articleId) {
        Optional<ArticleView> story;
        try {
            story = gateway.find(articleId);
        } catch (RuntimeException e) {
            LOG.warnf("article-service could not answer for %s: %s", articleId, e.toString());
            throw ProblemException.unavailable(
                    "The story service cannot be reached right now; nothing was changed, please try again.",
                    RETRY_AFTER);
        }
        return story.orElseThrow(() -> ProblemException.notFound("No published story with id " + articleId + "."));
    }
}
