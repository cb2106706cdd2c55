package io.newsroom.article.story;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a story as someone wrote or edited it: who, when, which version. Never rewritten. */
@Entity
@Table(name = "story_revision")
public class StoryRevision extends PanacheEntityBase {

    public enum Change {
        CREATED, EDITED
    }

    @Id
    public UUID id;
    @Column(name = "story_id")
    public UUID storyId;
    /** The story's version this revision produced (its ETag's number). */
    public long version;
    @Column(name = "editor_subject")
    public String editorSubject;
    @Column(name = "editor_name")
    public String editorName;
    @Enumerated(EnumType.STRING)
    public Change change;
    /** Whether the checked text (title, summary, body, sources) changed; a retag does not. */
    @Column(name = "text_changed")
    public boolean textChanged;
    @Column(name = "edited_at")
    public Instant editedAt;
}
