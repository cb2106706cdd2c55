package io.newsroom.moderation.pipeline;

/** Who or what took a decision, as comment.moderated names it. */
public enum DecidedBy {
    RULE, AKISMET, MODERATOR, SYSTEM
}
