package io.newsroom.moderation.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The one door from privacy to the outbox: a privacy.erasure-done confirmation, written in the erasure's
 * transaction. Decisions still reach the outbox only through the outcome writer.
 */
@ApplicationScoped
public class PrivacyEvents {
    public static final String ERASURE_DONE = "privacy.erasure-done";

    @Inject
    OutboxRepository outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void erasureDone(UUID requestId, Object confirmation) {
        outbox.addEvent(ERASURE_DONE, requestId, confirmation);
    }
}
