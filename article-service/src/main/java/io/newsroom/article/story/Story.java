package io.newsroom.article.story;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.newsroom.article.publishing.StoryStatus;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "story")
public class Story extends PanacheEntityBase {

    @Id
    public UUID id;
    public String slug;
    public String title;
    public String summary;
    @Column(columnDefinition = "text")
    public String body;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] tags;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<SourceLink> sources;
    @Column(name = "author_subject")
    public String authorSubject;
    @Column(name = "author_name")
    public String authorName;
    @Enumerated(EnumType.STRING)
    public StoryStatus status;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    /** Set once: from then on the slug (and so the permalink) never changes. */
    @Column(name = "first_published_at")
    public Instant firstPublishedAt;
    @Column(name = "comments_open")
    public boolean commentsOpen;
    @Column(name = "comments_close_at")
    public Instant commentsCloseAt;
    /** Kept by comment.status-changed events, outside the editorial version. */
    @Column(name = "comment_count", insertable = false, updatable = false)
    public int commentCount;
    /** The fact-checker's notes on the last rejection, for the editor. */
    @Column(name = "review_notes", columnDefinition = "text")
    public String reviewNotes;

    public boolean commentsOpenAt(Instant now) {
        return commentsOpen && (commentsCloseAt == null || now.isBefore(commentsCloseAt));
    }
}
