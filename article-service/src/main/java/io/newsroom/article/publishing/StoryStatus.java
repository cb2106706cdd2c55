package io.newsroom.article.publishing;

public enum StoryStatus {
    DRAFT, IN_REVIEW, FACT_CHECKED, PUBLISHED, UNPUBLISHED
}
