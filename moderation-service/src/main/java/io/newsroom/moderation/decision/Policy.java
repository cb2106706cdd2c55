package io.newsroom.moderation.decision;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The site's settings as the decider sees them: the rules' parameters, which sources run in shadow mode, whether
 * Akismet is asked, and how long to keep asking it.
 */
public record Policy(List<String> disallowedKeys, List<String> moderationKeys, int linkLimit, boolean manualApproval,
                     PreviouslyApprovedMode previouslyApproved, boolean discardWorstSpam, Set<Source> shadow,
                     AkismetMode akismet, Retries retries) {

    public Policy {
        disallowedKeys = List.copyOf(disallowedKeys);
        moderationKeys = List.copyOf(moderationKeys);
        shadow = Set.copyOf(shadow);
    }

    /** How Akismet is re-asked after a failure, and when it stops being asked. */
    public record Retries(Duration initialBackoff, Duration maxBackoff, Duration giveUpAfter) {
        public Backoff backoff() {
            return new Backoff(initialBackoff, maxBackoff);
        }
    }

    public static final Retries DEFAULT_RETRIES = new Retries(Duration.ofMinutes(1), Duration.ofMinutes(30), Duration.ofDays(15));

    /** WordPress' defaults: no word lists, more than 2 links held, nothing in shadow. */
    public static Policy defaults(AkismetMode akismet) {
        return new Policy(List.of(), List.of(), 2, false, PreviouslyApprovedMode.AUTO, true, Set.of(), akismet,
                DEFAULT_RETRIES);
    }

    public boolean requirePreviouslyApproved() {
        return previouslyApproved.effective(akismet);
    }

    public boolean inShadow(Source source) {
        return shadow.contains(source);
    }

    public Policy withShadow(Set<Source> sources) {
        return new Policy(disallowedKeys, moderationKeys, linkLimit, manualApproval, previouslyApproved,
                discardWorstSpam, sources, akismet, retries);
    }
}
