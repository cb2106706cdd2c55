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
    @Column(name = "older_than")
    public Instant olderThan;
}
