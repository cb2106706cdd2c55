package io.newsroom.comment.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event written with the change it announces; deleted once the broker confirmed it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    public static final String SUBMITTED = "comment.submitted";
    public static final String STATUS_CHANGED = "comment.status-changed";
    public static final String ERASURE_REQUESTED = "privacy.erasure-requested";

    @Id
    public UUID id;
    @Column(name = "comment_id")
    public UUID commentId;
    @Column(name = "event_type")
    public String eventType;
    public String payload;
    @Column(name = "created_at")
    public Instant createdAt;
    public int attempts;
}
