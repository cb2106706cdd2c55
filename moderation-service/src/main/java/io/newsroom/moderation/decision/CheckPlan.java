package io.newsroom.moderation.decision;

import java.time.Instant;

/** What becomes of a comment's Akismet check. */
public sealed interface CheckPlan {

    /** The check stays as it is. */
    record Keep() implements CheckPlan {
    }

    /** Ask Akismet now: the first check ({@code reason} null) or a re-check. */
    record Ask(Instant at, CheckReason reason) implements CheckPlan {
    }

    /** Akismet answered: nothing more to ask. */
    record Answered() implements CheckPlan {
    }

    /** Akismet could not answer: ask again at {@code at} with {@code recheck_reason=retry}. */
    record Retry(Instant at, int attempts, String lastError) implements CheckPlan {
    }

    /** Stop asking; {@code unchecked} flags a comment that stays pending for a person without Akismet's word. */
    record GiveUp(int attempts, String lastError, boolean unchecked) implements CheckPlan {
    }

    /** A person decided: Akismet's word is no longer needed. */
    record Stop() implements CheckPlan {
    }

    CheckPlan KEEP = new Keep();
    CheckPlan ANSWERED = new Answered();
    CheckPlan STOP = new Stop();
}
