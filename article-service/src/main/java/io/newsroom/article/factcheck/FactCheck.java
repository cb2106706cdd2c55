package io.newsroom.article.factcheck;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.newsroom.article.story.SourceLink;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One fact-check of one version of a story; the history is never rewritten. */
@Entity
@Table(name = "fact_check")
public class FactCheck extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "story_id")
    public UUID storyId;
    @Column(name = "checker_subject")
    public String checkerSubject;
    @Column(name = "checker_name")
    public String checkerName;
    @Enumerated(EnumType.STRING)
    public Verdict verdict;
    @Column(columnDefinition = "text")
    public String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sources_checked")
    public List<SourceLink> sourcesChecked;
    @Column(name = "checked_at")
    public Instant checkedAt;
    @Column(name = "story_version")
    public long storyVersion;
}
