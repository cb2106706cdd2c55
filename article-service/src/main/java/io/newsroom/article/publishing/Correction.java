package io.newsroom.article.publishing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dated public correction appended to a published story. */
@Entity
@Table(name = "correction")
public class Correction extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "story_id")
    public UUID storyId;
    public String text;
    @Column(name = "author_name")
    public String authorName;
    @Column(name = "created_at")
    public Instant createdAt;
}
