package io.newsroom.comment.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.comment.store.Comment;
import io.newsroom.comment.store.CommentStatus;
import io.newsroom.comment.store.SecureIds;

/**
 * Writes events into the outbox in the caller's transaction: the event exists if and only if the
 * change it announces was committed. Publishing is {@link OutboxRelay}'s job.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper mapper;
    @Inject
    Event<OutboxWritten> written;
    @Inject
    OutboxRepository repository;

    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(Comment comment, boolean resent) {
        add(comment.id, OutboxEvent.SUBMITTED, SubmittedEvent.of(comment, resent));
        comment.lastSubmittedAt = Instant.now();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Comment comment, CommentStatus oldStatus, Instant at) {
        add(comment.id, OutboxEvent.STATUS_CHANGED, new StatusChangedEvent(comment.articleId, comment.id,
                oldStatus.name(), comment.status.name(), comment.statusSeq, at));
    }

    /** A privacy event ({@code type} privacy.erasure-requested), keyed by its request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void privacy(UUID requestId, String type, Object payload) {
        add(requestId, type, payload);
    }

    /**
     * The {@code comment.submitted} row of a comment that the caller inserts itself, with the comment, in one
     * statement of its own transaction (the intake's plain-JDBC write); the caller calls {@link #written()} once
     * that transaction has committed. Not persisted here.
     */
    public OutboxEvent submittedRow(Comment comment) {
        return event(comment.id, OutboxEvent.SUBMITTED, SubmittedEvent.of(comment, false));
    }

    /** The {@code comment.status-changed} row of a change the caller writes itself (see {@link #submittedRow}). */
    public OutboxEvent statusChangedRow(UUID articleId, UUID commentId, CommentStatus oldStatus, CommentStatus newStatus,
            int statusSeq, Instant at) {
        return event(commentId, OutboxEvent.STATUS_CHANGED, new StatusChangedEvent(articleId, commentId,
                oldStatus.name(), newStatus.name(), statusSeq, at));
    }

    /** Outbox rows were committed outside a JTA transaction: the relay publishes them now rather than on its schedule. */
    public void written() {
        written.fire(new OutboxWritten());
    }

    private void add(UUID commentId, String type, Object payload) {
        repository.persist(event(commentId, type, payload));
        written.fire(new OutboxWritten());
    }

    private OutboxEvent event(UUID commentId, String type, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = SecureIds.uuid();
        event.commentId = commentId;
        event.eventType = type;
        event.createdAt = Instant.now();
        try {
            event.payload = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + type, e);
        }
        return event;
    }
}
