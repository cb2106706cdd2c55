package io.newsroom.web.backend;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One page of a story's approved top-level threads, replies nested. {@code page} counts from 0. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ThreadPage(long total, long totalThreads, int page, int size, int totalPages, List<PublicComment> comments) {
}
