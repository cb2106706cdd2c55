package io.newsroom.article.story;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class StoryRevisionRepository implements PanacheRepositoryBase<StoryRevision, UUID> {

    public List<StoryRevision> of(UUID storyId) {
        return list("storyId = ?1 order by version, editedAt", storyId);
    }

    /** Everyone who wrote or edited any version: none of them may fact-check the story. */
    public Set<String> writers(UUID storyId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select distinct r.editorSubject from StoryRevision r where r.storyId = :story", String.class)
                .setParameter("story", storyId)
                .getResultList());
    }

    /** Whether the checked text changed after the given version (so a check of that version no longer holds). */
    public boolean textChangedAfter(UUID storyId, long version) {
        return count("storyId = ?1 and version > ?2 and textChanged = true", storyId, version) > 0;
    }
}
