package io.newsroom.moderation.stats;

import io.newsroom.moderation.decision.CommentStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What one source (a rule or Akismet, acting or in shadow mode) decided about one comment, and whether a moderator overturned it. */
@Entity
@Table(name = "source_verdict")
public class SourceVerdictRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "comment_id")
    public UUID commentId;
    /** A {@code Source} id: {@code link-limit}, {@code akismet}, … */
    public String source;
    public boolean shadow;
    @Enumerated(EnumType.STRING)
    public CommentStatus verdict;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "overturned_at")
    public Instant overturnedAt;
    @Column(name = "overturned_by")
    public String overturnedBy;
}
