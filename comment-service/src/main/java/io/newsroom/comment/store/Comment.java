package io.newsroom.comment.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reader's reply. Holds personal data (email, IP, user agent), so it never leaves the service
 * as JSON and deliberately has no field-printing toString().
 */
@Entity
@Table(name = "comment")
public class Comment {

    public static final String TYPE_COMMENT = "comment";
    public static final String TYPE_REPLY = "reply";

    @Id
    public UUID id;
    @Column(name = "article_id", nullable = false)
    public UUID articleId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "root_id", nullable = false)
    public UUID rootId;
    public int depth;
    @Enumerated(EnumType.STRING)
    public CommentStatus status;
    @Column(name = "comment_type")
    public String commentType;
    @Column(name = "author_name")
    public String authorName;
    @Column(name = "author_email")
    public String authorEmail;
    @Column(name = "author_url")
    public String authorUrl;
    @Column(name = "author_subject")
    public String authorSubject;
    /** Realm roles of a logged-in author, comma separated. */
    @Column(name = "author_roles")
    public String authorRoles;
    public String content;
    @Column(name = "user_ip")
    public String userIp;
    @Column(name = "user_agent")
    public String userAgent;
    public String referrer;
    public String permalink;
    @Column(name = "article_published_at")
    public Instant articlePublishedAt;
    @Column(name = "article_modified_at")
    public Instant articleModifiedAt;
    /** Story tags at submission time, comma separated (sent to Akismet as comment_context). */
    @Column(name = "article_tags")
    public String articleTags;
    @Column(name = "honeypot_field")
    public String honeypotField;
    @Column(name = "honeypot_value")
    public String honeypotValue;
    @Column(name = "status_token_hash")
    public String statusTokenHash;
    @Column(name = "decision_seq")
    public int decisionSeq;
    @Column(name = "status_seq")
    public int statusSeq;
    public boolean deleted;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "last_submitted_at")
    public Instant lastSubmittedAt;
}
