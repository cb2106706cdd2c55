package io.newsroom.article.story;

import java.util.List;

public record StoryPage(List<StorySummary> items, int page, int size, long total) {
}
