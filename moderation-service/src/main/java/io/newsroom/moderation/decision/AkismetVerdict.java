package io.newsroom.moderation.decision;

/** What Akismet said about a comment, or what a moderator told Akismet it should have said. */
public enum AkismetVerdict {
    SPAM, HAM
}
