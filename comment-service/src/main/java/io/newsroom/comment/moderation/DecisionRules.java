package io.newsroom.comment.moderation;

import java.util.Arrays;

import io.newsroom.comment.store.CommentStatus;

/** When a moderation decision may change a comment. Plain rules, unit-tested without Quarkus. */
public final class DecisionRules {

    private DecisionRules() {
    }

    /**
     * Only a decision newer than the last one applied counts: a redelivered or re-sent event
     * (same sequence) and a late one (lower sequence) change nothing.
     */
    public static boolean applies(int lastAppliedSeq, int incomingSeq) {
        return incomingSeq > lastAppliedSeq;
    }

    /** Why a decision can never be applied (it goes to the dead-letter queue), or null. */
    public static String malformed(ModerationDecision d) {
        if (d == null) {
            return "empty message";
        }
        if (d.commentId() == null) {
            return "commentId missing";
        }
        if (d.decisionSeq() == null || d.decisionSeq() < 1) {
            return "decisionSeq missing or below 1";
        }
        if (d.status() == null || Arrays.stream(CommentStatus.values()).noneMatch(s -> s.name().equals(d.status()))) {
            return "unknown status " + d.status();
        }
        return null;
    }
}
