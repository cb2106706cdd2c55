package io.newsroom.moderation.decision;

import java.util.List;
import java.util.Optional;

/**
 * Everything one input decided about a comment, to be written as it is: nobody edits it afterwards.
 *
 * @param decision  the new decision, when there is one (a status or a reason that differs from the latest)
 * @param history   the lines for the comment's history, in order
 * @param check     what becomes of the Akismet check
 * @param akismet   Akismet's answer to remember with the comment (verdict, guid, pro-tip)
 * @param reportedAs what Akismet has now been told the comment is
 * @param feedback  submit-spam / submit-ham owed to Akismet
 * @param mistake   an Akismet mistake a moderator corrected, counted once per comment
 * @param verdicts  what each source (rule or Akismet, acting or in shadow mode) decided, for accuracy
 * @param review    the moderator's action that judges the sources' earlier verdicts, for accuracy
 * @param refusal   why a moderator's action cannot be taken (nothing else is then set)
 */
public record Outcome(Optional<Decision> decision, List<HistoryLine> history, CheckPlan check,
                      Optional<HistoryLine.AkismetNote> akismet, Optional<AkismetVerdict> reportedAs,
                      Optional<Feedback> feedback, Optional<Mistake> mistake, List<SourceVerdict> verdicts,
                      Optional<ModerationAction> review, Optional<String> refusal) {

    public Outcome {
        history = List.copyOf(history);
        verdicts = List.copyOf(verdicts);
    }

    /**
     * A decision: the status, who took it, the machine reason, the moderator (MODERATOR decisions only), and the
     * status a restore returns to from now on.
     */
    public record Decision(CommentStatus status, DecidedBy decidedBy, String reason, String actor,
                           CommentStatus statusBefore) {
    }

    /** Tell Akismet it was wrong: the comment is {@code reportAs}, says {@code reporter}. */
    public record Feedback(AkismetVerdict reportAs, String reporter) {
    }

    /** One source's verdict: the status it alone would give the comment, and whether it ran in shadow mode. */
    public record SourceVerdict(Source source, CommentStatus verdict, boolean shadow) {
    }

    public static Outcome nothing() {
        return new Outcome(Optional.empty(), List.of(), CheckPlan.KEEP, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
    }

    public static Outcome refused(String why) {
        return new Outcome(Optional.empty(), List.of(), CheckPlan.KEEP, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.of(why));
    }

    /** The status the comment has once this outcome is written. */
    public CommentStatus statusAfter(CommentState before) {
        return decision.map(Decision::status).orElse(before.status());
    }
}
