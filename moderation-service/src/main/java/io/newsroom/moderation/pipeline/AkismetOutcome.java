package io.newsroom.moderation.pipeline;

/** What the pipeline knows of Akismet's opinion on a comment. */
public sealed interface AkismetOutcome {

    /** No API key: the site's rules alone decide. */
    record Disabled() implements AkismetOutcome {
    }

    /** Akismet is configured but has not been asked yet: the pipeline stops at the Akismet step and asks. */
    record NotAsked() implements AkismetOutcome {
    }

    /** A real answer: {@code true}/{@code false}, with the discard pro-tip and Akismet's guid. */
    record Verdict(boolean spam, boolean discard, String guid) implements AkismetOutcome {
    }

    /** Anything that is not a verdict: timeout, refused, 5xx, 429, bad key, an unexpected body. */
    record Failed(String kind, String detail) implements AkismetOutcome {
    }

    AkismetOutcome DISABLED = new Disabled();
    AkismetOutcome NOT_ASKED = new NotAsked();
}
