package io.newsroom.moderation.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A record that a purge or an erasure ran (never whose data it was). */
@Entity
@Table(name = "purge_record")
public class PurgeRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    public Instant at;
    /** SPAM (old spam and discarded comments), AS_SUBMITTED (expired Akismet copies) or PRIVACY (an erasure) */
    public String kind;
    public int purged;
    /** SPAM: the cut-off (in the spam queue since before it); AS_SUBMITTED: copies made before it. */
    @Column(name = "older_than")
    public Instant olderThan;
    /** SPAM: when the longest-waiting comment purged entered the spam queue, and the shortest. */
    public Instant oldest;
    public Instant newest;
    /** SPAM: old enough, but kept because feedback to Akismet about it is still unsent. */
    @Column(name = "kept_for_feedback")
    public int keptForFeedback;
}
