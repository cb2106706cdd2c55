package io.newsroom.moderation.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A comment.moderated (or privacy.erasure-done) event written in the decision's transaction, deleted once the broker confirmed it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {
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
