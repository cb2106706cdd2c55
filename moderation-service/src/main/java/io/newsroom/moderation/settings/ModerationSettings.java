package io.newsroom.moderation.settings;

import io.newsroom.moderation.decision.PreviouslyApprovedMode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The site's moderation settings: one row. Word lists are stored one entry per line. */
@Entity
@Table(name = "moderation_settings")
public class ModerationSettings extends PanacheEntityBase {
    public static final int ROW = 1;

    @Id
    public Integer id;
    @Column(name = "disallowed_keys")
    public String disallowedKeys;
    @Column(name = "moderation_keys")
    public String moderationKeys;
    @Column(name = "link_limit")
    public int linkLimit;
    @Column(name = "manual_approval")
    public boolean manualApproval;
    @Enumerated(EnumType.STRING)
    @Column(name = "previously_approved")
    public PreviouslyApprovedMode previouslyApproved;
    @Column(name = "discard_worst_spam")
    public boolean discardWorstSpam;
    @Column(name = "spam_purge_days")
    public int spamPurgeDays;
    /** Source ids in shadow mode ("log only"), one per line. */
    @Column(name = "shadow_sources")
    public String shadowSources;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
