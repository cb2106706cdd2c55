package io.newsroom.article.factcheck;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FactCheckRepository implements PanacheRepositoryBase<FactCheck, UUID> {

    public List<FactCheck> history(UUID storyId) {
        return list("storyId = ?1 order by checkedAt desc", storyId);
    }

    /** The check behind the "Fact checked" badge: the latest verdict, if it verified the story. */
    public Optional<FactCheck> badge(UUID storyId) {
        return find("storyId = ?1 order by checkedAt desc", storyId).firstResultOptional()
                .filter(check -> check.verdict == Verdict.VERIFIED);
    }
}
