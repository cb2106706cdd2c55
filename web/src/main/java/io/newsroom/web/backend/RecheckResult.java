package io.newsroom.web.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** "Check for Spam": how many pending comments went back to Akismet. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecheckResult(int queued, boolean akismetEnabled) {
}
