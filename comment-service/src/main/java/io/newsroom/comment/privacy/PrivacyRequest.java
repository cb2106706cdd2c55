package io.newsroom.comment.privacy;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One export or erasure: who asked, for whom (a hash), when, and what each service did. */
@Entity
@Table(name = "privacy_request")
public class PrivacyRequest extends PanacheEntityBase {

    public static final String EXPORT = "EXPORT";
    public static final String ERASURE = "ERASURE";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    @Id
    public UUID id;
    public String kind;
    @Column(name = "person_by")
    public String personBy;
    @Column(name = "person_hash")
    public String personHash;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "self_service")
    public boolean selfService;
    @Column(name = "requested_at")
    public Instant requestedAt;
    public String status;
    @Column(name = "comment_result")
    public String commentResult;
    @Column(name = "comment_done_at")
    public Instant commentDoneAt;
    @Column(name = "moderation_result")
    public String moderationResult;
    @Column(name = "moderation_done_at")
    public Instant moderationDoneAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
