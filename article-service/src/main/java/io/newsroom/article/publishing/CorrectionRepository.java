package io.newsroom.article.publishing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CorrectionRepository implements PanacheRepositoryBase<Correction, UUID> {

    public List<Correction> of(UUID storyId) {
        return list("storyId = ?1 order by createdAt", storyId);
    }
}
