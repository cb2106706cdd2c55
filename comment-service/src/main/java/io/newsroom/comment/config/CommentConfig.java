package io.newsroom.comment.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Typed settings of comment-service; defaults live in application.properties. */
@ConfigMapping(prefix = "newsroom.comments")
public interface CommentConfig {

    /** Name of the form field a human never fills (Akismet's honeypot_field_name). */
    String honeypotField();

    /** A second comment from the same IP (or subject) or email within this window is flood. */
    Duration floodInterval();

    /** A pending comment with no decision is published again after this long. */
    Duration resendAfter();

    /** IP addresses, user agents and referrers are removed from comments older than this. */
    Duration ipRetention();

    /** Spam and discarded replies are purged this long after they became so (WordPress's Akismet: 15 days). */
    Duration spamRetention();

    /** Trashed replies are purged this long after they were trashed (WordPress: 30 days). */
    Duration trashRetention();

    /** Peers whose X-Forwarded-For is believed; empty means the socket peer is the client. */
    Optional<List<String>> trustedProxies();

    /** Deepest thread level (a top-level comment is level 1). */
    int maxDepth();

    /** Largest page of top-level threads a reader may ask for. */
    int maxPageSize();

    /** Cache-Control max-age of the public reads. */
    Duration publicMaxAge();

    /** How often the outbox relay looks for unpublished events (it also runs after every commit). */
    Duration relayInterval();

    /** How often pending comments with no decision are looked for (see resend-after). */
    Duration resendInterval();

    /** How often the outbox is vacuumed and the comment table analysed (see TableStatistics). */
    Duration statisticsInterval();

    /** How often the IP retention sweep runs. */
    Duration retentionInterval();

    /** Outbox rows handed to the broker per relay pass. */
    int relayBatchSize();
}
