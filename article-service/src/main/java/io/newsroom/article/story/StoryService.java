package io.newsroom.article.story;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.newsroom.article.factcheck.FactCheck;
import io.newsroom.article.factcheck.FactCheckRepository;
import io.newsroom.article.problem.ProblemException;
import io.newsroom.article.problem.ProblemType;
import io.newsroom.article.publishing.CorrectionRepository;
import io.newsroom.article.publishing.EditorialWorkflow;
import io.newsroom.article.publishing.StoryStatus;
import io.newsroom.article.security.CurrentUser;

@ApplicationScoped
public class StoryService {

    @Inject
    StoryRepository stories;
    @Inject
    FactCheckRepository factChecks;
    @Inject
    CorrectionRepository corrections;
    @Inject
    StoryRevisionRepository revisions;
    @Inject
    NewsroomConfig config;
    @Inject
    Clock clock;
    @Inject
    Event<PublicStories.Changed> changed;

    @Transactional
    public StoryView create(StoryRequest request, CurrentUser user) {
        Instant now = clock.instant();
        Story story = new Story();
        story.id = UUID.randomUUID();
        story.slug = Slugs.unique(Slugs.fromTitle(request.title()), stories.slugsLike(Slugs.fromTitle(request.title()), story.id));
        apply(story, request);
        story.authorSubject = user.subject();
        story.authorName = user.displayName();
        story.status = StoryStatus.DRAFT;
        story.createdAt = now;
        story.updatedAt = now;
        story.commentsOpen = true;
        stories.persist(story);
        stories.flush();
        record(story, StoryRevision.Change.CREATED, true, user);
        return view(story, true);
    }

    @Transactional
    public StoryView edit(UUID id, long expectedVersion, StoryRequest request, CurrentUser user) {
        Story story = stories.findByIdOptional(id).orElseThrow(() -> notFound(id.toString()));
        if (story.version != expectedVersion) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "The story has changed since you read it (version " + story.version + " now, you sent " + expectedVersion
                            + "); reload it and apply your edit again.");
        }
        boolean checkedContentChanged = !Objects.equals(story.title, request.title().strip())
                || !Objects.equals(story.summary, strip(request.summary()))
                || !Objects.equals(story.body, request.body())
                || !Objects.equals(story.sources, sources(request));
        story.status = EditorialWorkflow.edit(story.status, checkedContentChanged);
        if (story.firstPublishedAt == null && !Objects.equals(story.title, request.title().strip())) {
            String base = Slugs.fromTitle(request.title());
            story.slug = Slugs.unique(base, stories.slugsLike(base, story.id));
        }
        apply(story, request);
        story.updatedAt = clock.instant();
        stories.flush();
        record(story, StoryRevision.Change.EDITED, checkedContentChanged, user);
        changed.fire(new PublicStories.Changed());
        return view(story, true);
    }

    @Transactional
    public List<RevisionView> revisions(UUID id) {
        stories.findByIdOptional(id).orElseThrow(() -> notFound(id.toString()));
        return revisions.of(id).stream()
                .map(r -> new RevisionView(r.version, r.editorName, r.editedAt, r.change, r.textChanged))
                .toList();
    }

    /** The version just written (flushed, so its number is final), and by whom. */
    private void record(Story story, StoryRevision.Change change, boolean textChanged, CurrentUser user) {
        StoryRevision revision = new StoryRevision();
        revision.id = UUID.randomUUID();
        revision.storyId = story.id;
        revision.version = story.version;
        revision.editorSubject = user.subject();
        revision.editorName = user.displayName();
        revision.change = change;
        revision.textChanged = textChanged;
        revision.editedAt = story.updatedAt;
        revisions.persist(revision);
    }

    @Transactional
    public StoryView show(String idOrSlug, boolean staff) {
        return view(visible(idOrSlug, staff), staff);
    }

    /** Only staff learn that an unpublished story exists; everyone else gets the same 404 as for nothing. */
    public Story visible(String idOrSlug, boolean staff) {
        Story story = stories.byIdOrSlug(idOrSlug).orElseThrow(() -> notFound(idOrSlug));
        if (!staff && story.status != StoryStatus.PUBLISHED) {
            throw notFound(idOrSlug);
        }
        return story;
    }

    @Transactional
    public StoryPage list(StoryStatus status, String tag, int page, int size) {
        String normalizedTag = tag == null || tag.isBlank() ? null : normalizeTag(tag);
        List<StorySummary> items = stories.page(status, normalizedTag, page, size).stream()
                .map(row -> new StorySummary(row.id(), row.slug(), row.title(), row.summary(), Arrays.asList(row.tags()),
                        row.authorName(), row.status(), row.publishedAt(), row.updatedAt(), row.commentCount(), permalink(row.slug())))
                .toList();
        return new StoryPage(items, page, size, stories.countPage(status, normalizedTag));
    }

    public StoryView view(Story story, boolean staff) {
        var badge = factChecks.badge(story.id).map(StoryService::factCheckView).orElse(null);
        var correctionViews = corrections.of(story.id).stream()
                .map(c -> new StoryView.CorrectionView(c.text, c.createdAt)).toList();
        List<StoryView.FactCheckView> history = staff
                ? factChecks.history(story.id).stream().map(StoryService::factCheckView).toList()
                : null;
        return new StoryView(story.id, story.slug, story.title, story.summary, story.body, Arrays.asList(story.tags),
                story.sources, new StoryView.Author(story.authorName), story.status, story.version, story.createdAt,
                story.updatedAt, story.publishedAt, story.status == StoryStatus.PUBLISHED && story.commentsOpenAt(clock.instant()),
                story.commentsCloseAt, story.commentCount, permalink(story.slug), badge, correctionViews,
                staff ? story.reviewNotes : null, history);
    }

    public String permalink(String slug) {
        return config.siteUrl().replaceAll("/+$", "") + "/articles/" + slug;
    }

    public static ProblemException notFound(String idOrSlug) {
        return ProblemException.notFound("No story " + idOrSlug + ".");
    }

    private static StoryView.FactCheckView factCheckView(FactCheck check) {
        return new StoryView.FactCheckView(check.checkerName, check.checkedAt, check.storyVersion, check.verdict.name(), check.notes,
                check.sourcesChecked);
    }

    private static void apply(Story story, StoryRequest request) {
        story.title = request.title().strip();
        story.summary = strip(request.summary());
        story.body = request.body();
        story.tags = request.tags() == null ? new String[0]
                : request.tags().stream().map(StoryService::normalizeTag).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))
                        .toArray(String[]::new);
        story.sources = sources(request);
    }

    private static List<SourceLink> sources(StoryRequest request) {
        return request.sources() == null ? new ArrayList<>() : new ArrayList<>(request.sources().stream().map(SourceLinkRequest::toSource).toList());
    }

    private static String normalizeTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
