package io.newsroom.moderation.feedback;

import io.newsroom.moderation.decision.AkismetVerdict;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A submit-spam/submit-ham owed to Akismet, retried until Akismet acknowledges it. */
@Entity
@Table(name = "akismet_feedback")
public class FeedbackTask extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "comment_id")
    public UUID commentId;
    /** SPAM → submit-spam, HAM → submit-ham */
    @Enumerated(EnumType.STRING)
    public AkismetVerdict kind;
    public String reporter;
    /** the comment's as-submitted fields (JSON), copied so a later erasure or expiry cannot half-send them */
    public String fields;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    public int attempts;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    @Column(name = "last_error")
    public String lastError;
}
