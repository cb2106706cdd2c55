package io.newsroom.article.comments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.newsroom.article.story.StoryRepository;
import io.newsroom.article.story.PublicStories;

@ApplicationScoped
public class CommentCountService {

    @Inject
    StoryRepository stories;
    @Inject
    Event<PublicStories.Changed> changed;

    @Transactional
    public void apply(CommentStatusChanged event) {
        CommentStatus known = CommentStatus.findById(event.commentId(), LockModeType.PESSIMISTIC_WRITE);
        if (known == null) {
            known = new CommentStatus();
            known.commentId = event.commentId();
            known.articleId = event.articleId();
            known.status = "NONE";
            known.statusSeq = 0;
            known.persist();
        }
        int delta = CommentCounts.delta(known.status, known.statusSeq, event.newStatus(), event.statusSeq());
        if (event.statusSeq() > known.statusSeq) {
            known.status = event.newStatus();
            known.statusSeq = event.statusSeq();
        }
        if (delta != 0) {
            stories.addToCommentCount(known.articleId, delta);
            changed.fire(new PublicStories.Changed());
        }
    }
}
