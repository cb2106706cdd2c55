package io.newsroom.web.security;

/** What a person sees when a page cannot be shown: a status, a heading, a sentence, and where to go next. */
public record ErrorView(int status, String heading, String message, String linkHref, String linkText) {
}
