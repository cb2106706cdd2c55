package io.newsroom.moderation.store;

import io.newsroom.moderation.decision.AkismetVerdict;
import io.newsroom.moderation.decision.CheckReason;
import io.newsroom.moderation.decision.CommentStatus;
import io.newsroom.moderation.decision.DecidedBy;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * moderation-service's own copy of a submitted comment, its current decision and its Akismet state. Never
 * serialized: the queue answers with DTOs. No toString: it would print emails into logs.
 */
@Entity
@Table(name = "moderated_comment")
public class ModeratedComment extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "article_id")
    public UUID articleId;
    @Column(name = "parent_id")
    public UUID parentId;
    public String permalink;
    @Column(name = "article_published_at")
    public Instant articlePublishedAt;
    @Column(name = "article_modified_at")
    public Instant articleModifiedAt;
    /** newline-separated */
    @Column(name = "article_tags")
    public String articleTags;
    @Column(name = "author_name")
    public String authorName;
    @Column(name = "author_email")
    public String authorEmail;
    @Column(name = "author_url")
    public String authorUrl;
    public String content;
    @Column(name = "user_ip")
    public String userIp;
    @Column(name = "user_agent")
    public String userAgent;
    public String referrer;
    @Column(name = "comment_type")
    public String commentType;
    @Column(name = "author_subject")
    public String authorSubject;
    /** comma-separated */
    @Column(name = "author_roles")
    public String authorRoles;
    @Column(name = "honeypot_field_name")
    public String honeypotFieldName;
    @Column(name = "honeypot_value")
    public String honeypotValue;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "received_at")
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    public CommentStatus status;
    /** The status before spam/trash, for restore. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before")
    public CommentStatus statusBefore;
    @Enumerated(EnumType.STRING)
    @Column(name = "decided_by")
    public DecidedBy decidedBy;
    @Column(name = "decision_reason")
    public String decisionReason;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_seq")
    public int decisionSeq;
    /** When the comment last entered spam (or was discarded): the purge period counts from here. */
    @Column(name = "spam_since")
    public Instant spamSince;

    /** What Akismet last said; null when Akismet never gave a verdict. */
    @Enumerated(EnumType.STRING)
    @Column(name = "akismet_verdict")
    public AkismetVerdict akismetVerdict;
    @Column(name = "akismet_guid")
    public String akismetGuid;
    @Column(name = "akismet_pro_tip")
    public String akismetProTip;
    /** What a moderator last told Akismet the comment is. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reported_as")
    public AkismetVerdict reportedAs;

    @Column(name = "awaiting_check")
    public boolean awaitingCheck;
    @Column(name = "next_check_at")
    public Instant nextCheckAt;
    @Column(name = "check_attempts")
    public int checkAttempts;
    /** Why the next check is a re-check; null while the first check is still to come. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recheck_reason")
    public CheckReason recheckReason;
    public boolean unchecked;
    @Column(name = "last_check_error")
    public String lastCheckError;
    /** JSON object of the exact form fields sent to comment-check (without the key), for submit-spam/ham. */
    @Column(name = "as_submitted")
    public String asSubmitted;
    @Column(name = "as_submitted_at")
    public Instant asSubmittedAt;

    public boolean loggedIn() {
        return authorSubject != null && !authorSubject.isBlank();
    }
}
