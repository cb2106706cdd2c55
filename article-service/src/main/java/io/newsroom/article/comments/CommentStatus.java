package io.newsroom.article.comments;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last status we heard for one comment; the story's count is the number of APPROVED ones. */
@Entity
@Table(name = "comment_status")
public class CommentStatus extends PanacheEntityBase {

    @Id
    @Column(name = "comment_id")
    public UUID commentId;
    @Column(name = "article_id")
    public UUID articleId;
    public String status;
    @Column(name = "status_seq")
    public int statusSeq;
}
