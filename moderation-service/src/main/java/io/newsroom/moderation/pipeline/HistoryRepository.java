package io.newsroom.moderation.pipeline;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HistoryRepository implements PanacheRepositoryBase<HistoryEntry, UUID> {

    public List<HistoryEntry> of(UUID commentId) {
        return list("commentId = ?1 order by at, id", commentId);
    }

    /** Who took the latest decision on a comment (a moderator's username, a rule, akismet, system). */
    public String lastActor(UUID commentId) {
        return find("commentId = ?1 and status is not null order by at desc, id desc", commentId)
                .firstResultOptional().map(entry -> entry.actor).orElse(null);
    }

    public HistoryEntry record(ModeratedComment comment, DecidedBy actorType, String actor, String event,
                               String reason, CommentStatus status, String message) {
        HistoryEntry e = new HistoryEntry();
        e.id = UUID.randomUUID();
        e.commentId = comment.id;
        e.at = Instant.now();
        e.actorType = actorType;
        e.actor = actor;
        e.event = event;
        e.reason = reason;
        e.status = status;
        e.message = message;
        persist(e);
        return e;
    }
}
