package io.newsroom.article.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.newsroom.article.factcheck.FactCheck;
import io.newsroom.article.factcheck.FactCheckRepository;
import io.newsroom.article.factcheck.FactCheckRequest;
import io.newsroom.article.security.CurrentUser;
import io.newsroom.article.story.NewsroomConfig;
import io.newsroom.article.story.SourceLinkRequest;
import io.newsroom.article.story.Story;
import io.newsroom.article.story.StoryRepository;
import io.newsroom.article.story.StoryRevisionRepository;
import io.newsroom.article.story.StoryService;
import io.newsroom.article.story.StoryView;
import io.newsroom.article.story.PublicStories;

/** Each workflow step: load, ask {@link EditorialWorkflow}, record, answer the story as it now is. */
@ApplicationScoped
public class PublishingService {

    @Inject
    StoryRepository stories;
    @Inject
    StoryService storyService;
    @Inject
    CorrectionRepository corrections;
    @Inject
    StoryRevisionRepository revisions;
    @Inject
    FactCheckRepository factChecks;
    @Inject
    NewsroomConfig config;
    @Inject
    Clock clock;
    @Inject
    Event<PublicStories.Changed> changed;

    @Transactional
    public StoryView submit(UUID id) {
        return step(id, story -> {
            story.status = EditorialWorkflow.submit(story.status);
            return story;
        });
    }

    @Transactional
    public StoryView factCheck(UUID id, long checkedVersion, FactCheckRequest request, CurrentUser checker) {
        return step(id, story -> {
            List<SourceLinkRequest> sources = request.sourcesChecked() == null ? List.of() : request.sourcesChecked();
            Set<String> writers = revisions.writers(story.id);
            writers.add(story.authorSubject);
            story.status = EditorialWorkflow.factCheck(story.status, story.version, writers, checker.subject(), checkedVersion,
                    request.verdict(), request.notes(), sources.size());
            FactCheck check = new FactCheck();
            check.id = UUID.randomUUID();
            check.storyId = story.id;
            check.checkerSubject = checker.subject();
            check.checkerName = checker.displayName();
            check.verdict = request.verdict();
            check.notes = request.notes();
            check.sourcesChecked = sources.stream().map(SourceLinkRequest::toSource).toList();
            check.checkedAt = clock.instant();
            check.storyVersion = checkedVersion;
            check.persist();
            story.reviewNotes = request.notes();
            return story;
        });
    }

    @Transactional
    public StoryView publish(UUID id) {
        return step(id, story -> {
            boolean checkedTextIsCurrent = factChecks.badge(story.id)
                    .map(check -> !revisions.textChangedAfter(story.id, check.storyVersion))
                    .orElse(false);
            story.status = EditorialWorkflow.publish(story.status, checkedTextIsCurrent);
            Instant now = clock.instant();
            story.publishedAt = now;
            if (story.firstPublishedAt == null) {
                story.firstPublishedAt = now;
                story.commentsCloseAt = config.articles().closeCommentsAfter().map(now::plus).orElse(null);
            }
            return story;
        });
    }

    @Transactional
    public StoryView unpublish(UUID id) {
        return step(id, story -> {
            story.status = EditorialWorkflow.unpublish(story.status);
            return story;
        });
    }

    @Transactional
    public StoryView correct(UUID id, CorrectionRequest request, CurrentUser editor) {
        return step(id, story -> {
            EditorialWorkflow.correct(story.status);
            Correction correction = new Correction();
            correction.id = UUID.randomUUID();
            correction.storyId = story.id;
            correction.text = request.text().strip();
            correction.authorName = editor.displayName();
            correction.createdAt = clock.instant();
            correction.persist();
            return story;
        });
    }

    /** Opening by hand also lifts an automatic closing time; closing is immediate. */
    @Transactional
    public StoryView setCommentsOpen(UUID id, boolean open) {
        return step(id, story -> {
            story.commentsOpen = open;
            if (open) {
                story.commentsCloseAt = null;
            }
            return story;
        });
    }

    private StoryView step(UUID id, UnaryOperator<Story> change) {
        Story story = stories.findByIdOptional(id).orElseThrow(() -> StoryService.notFound(id.toString()));
        change.apply(story);
        story.updatedAt = clock.instant();
        stories.flush();
        changed.fire(new PublicStories.Changed());
        return storyService.view(story, true);
    }
}
