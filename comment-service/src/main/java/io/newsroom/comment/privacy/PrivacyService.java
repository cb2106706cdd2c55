package io.newsroom.comment.privacy;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.newsroom.comment.config.CommentConfig;
import io.newsroom.comment.events.OutboxEvent;
import io.newsroom.comment.events.OutboxRepository;
import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentRepository;
import io.newsroom.comment.thread.ThreadCache;

/**
 * Export and erasure of one person's comments, and the IP retention sweep. Erasure keeps the row,
 * its status and its place in the thread (replies to it stay readable) but removes the content and
 * every piece of personal data, also from any event still waiting in the outbox.
 */
@ApplicationScoped
public class PrivacyService {

    @Inject
    CommentRepository comments;
    @Inject
    OutboxRepository outbox;
    @Inject
    CommentConfig config;
    @Inject
    Event<ThreadCache.Changed> publicChange;

    public PersonalDataExport export(String email) {
        List<PersonalComment> found = comments.byEmail(email).stream()
                .map(c -> new PersonalComment(c.id, c.articleId, c.parentId, c.status.name(), c.authorName,
                        c.authorEmail, c.authorUrl, c.authorSubject, c.content, c.userIp, c.userAgent, c.referrer,
                        c.permalink, c.createdAt, c.deleted))
                .toList();
        return new PersonalDataExport(email, found.size(), found);
    }

    @Transactional
    public ErasureReport erase(String email) {
        List<Comment> found = comments.byEmail(email);
        Instant now = Instant.now();
        for (Comment c : found) {
            outbox.delete("commentId = ?1 and eventType = ?2", c.id, OutboxEvent.SUBMITTED);
            c.deleted = true;
            c.content = "";
            c.authorName = null;
            c.authorEmail = null;
            c.authorUrl = null;
            c.authorSubject = null;
            c.authorRoles = null;
            c.userIp = null;
            c.userAgent = null;
            c.referrer = null;
            c.honeypotValue = null;
            c.statusTokenHash = null;
            c.updatedAt = now;
            publicChange.fire(new ThreadCache.Changed(c.articleId));
        }
        return new ErasureReport(email, found.size());
    }

    /** Removes IPs and user agents older than the retention; returns how many comments it touched. */
    @Transactional
    public int forgetOldAddresses() {
        return comments.update("userIp = null, userAgent = null where createdAt < ?1"
                + " and (userIp is not null or userAgent is not null)", Instant.now().minus(config.ipRetention()));
    }
}
