package io.newsroom.comment.privacy;

import java.util.List;

/** The record of exports and erasures, newest first. */
public record PrivacyRequestPage(int page, int size, long total, List<PrivacyRequestView> items) {
}
