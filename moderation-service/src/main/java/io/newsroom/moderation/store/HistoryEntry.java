package io.newsroom.moderation.store;

import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.DecidedBy;
import io.newsroom.moderation.decision.HistoryEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of a comment's history: what happened, when, who or what did it, and why. */
@Entity
@Table(name = "moderation_history")
public class HistoryEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "comment_id")
    public UUID commentId;
    public Instant at;
    /** Orders lines written at the same instant (one input often writes several). */
    @Column(name = "line_no", insertable = false, updatable = false)
    public Long lineNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "actor_type")
    public DecidedBy actorType;
    public String actor;
    @Enumerated(EnumType.STRING)
    public HistoryEvent event;
    public String reason;
    @Enumerated(EnumType.STRING)
    public CommentStatus status;
    @Column(name = "akismet_verdict")
    public String akismetVerdict;
    @Column(name = "akismet_guid")
    public String akismetGuid;
    @Column(name = "akismet_pro_tip")
    public String akismetProTip;
    public String message;
}
