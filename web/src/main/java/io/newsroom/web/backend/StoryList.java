package io.newsroom.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A page of published stories, newest first. {@code page} counts from 0. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoryList(List<StorySummary> items, int page, int size, long total) {
}
