package io.newsroom.moderation.akismet;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

/** Akismet: the key, where it is, what we tell it about the site, and how we retry. */
@ConfigMapping(prefix = "newsroom.akismet")
public interface AkismetConfig {
    /** AKISMET_API_KEY; absent → the site's rules alone decide. */
    Optional<String> apiKey();

    /** AKISMET_BASE_URL (the REST client reads it through quarkus.rest-client.akismet.url). */
    String baseUrl();

    /** The site's front page, Akismet's {@code blog} (NEWSROOM_SITE_URL). */
    String blog();

    String blogLang();

    String blogCharset();

    /** Sends {@code is_test=1} so test traffic does not train the classifier. */
    boolean isTest();

    /** Our User-Agent, in the form Akismet asks for: {@code Application/Version | Client/Version}. */
    String userAgent();

    /** An answer slower than this is a failure, not a verdict. */
    Duration timeout();

    /** How many comment-checks may be in flight at once. */
    int concurrency();

    Recheck recheck();

    interface Recheck {
        /** How often due re-checks and feedback are looked for (new comments are checked at once). */
        Duration pollInterval();

        Duration initialBackoff();

        Duration maxBackoff();

        /** After this age an unchecked comment stays PENDING, flagged for a person, and is no longer retried. */
        Duration giveUpAfter();

        /** How long to wait before asking again whether a rejected or unverified key works now. */
        Duration keyRetry();
    }

    default boolean enabled() {
        return apiKey().filter(k -> !k.isBlank()).isPresent();
    }
}
