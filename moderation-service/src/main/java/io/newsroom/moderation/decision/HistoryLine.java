package io.newsroom.moderation.decision;

/**
 * One line of a comment's history as the decider writes it: who or what, the event, the machine reason, the status
 * it decided (null for a line that decides nothing), the plain words, and Akismet's answer when it spoke.
 */
public record HistoryLine(DecidedBy actorType, String actor, HistoryEvent event, String reason, CommentStatus status,
                          String message, AkismetNote akismet) {

    /** Akismet's verdict, guid and pro-tip ({@code discard} or null), kept with a line and with the comment. */
    public record AkismetNote(AkismetVerdict verdict, String guid, String proTip) {
    }

    public static HistoryLine note(DecidedBy actorType, String actor, HistoryEvent event, String reason, String message) {
        return new HistoryLine(actorType, actor, event, reason, null, message, null);
    }

    public HistoryLine withAkismet(AkismetNote note) {
        return new HistoryLine(actorType, actor, event, reason, status, message, note);
    }
}
