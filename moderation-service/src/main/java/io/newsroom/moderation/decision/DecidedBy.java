package io.newsroom.moderation.decision;

/** Who or what took a decision, as comment.moderated names it. */
public enum DecidedBy {
    RULE, AKISMET, MODERATOR, SYSTEM
}
