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

    /**
     * moderation-service numbers a comment's decisions one by one and publishes them in order, so a decision is
     * at most a few ahead of the last one applied here (others still on their way). One that jumps further is
     * not a decision but a mistake or a forgery, even from moderation-service's own user: applied, it would pin
     * the comment against every later decision (2147483647 once leaves no higher number). It is refused
     * instead, and waits in the dead-letter queue for a person.
     */
    public static final int MAX_DECISION_GAP = 100;

    public static boolean plausible(int lastAppliedSeq, int incomingSeq) {
        return (long) incomingSeq - lastAppliedSeq <= MAX_DECISION_GAP;
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
