package io.newsroom.moderation.pipeline;

/** Akismet's verdict, guid and pro-tip, kept with a history entry. */
public record AkismetNote(String verdict, String guid, String proTip) {
}
