package io.newsroom.comment.moderation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DecisionRulesTest {

    @Test
    void onlyANewerDecisionApplies() {
        assertTrue(DecisionRules.applies(0, 1));
        assertTrue(DecisionRules.applies(1, 3));
        assertFalse(DecisionRules.applies(2, 2), "redelivery");
        assertFalse(DecisionRules.applies(3, 2), "late arrival");
    }

    @Test
    void malformedDecisions() {
        UUID id = UUID.randomUUID();
        assertNull(DecisionRules.malformed(new ModerationDecision(id, id, "DISCARDED", "AKISMET", null, "x", 1,
                Instant.now())));
        assertNotNull(DecisionRules.malformed(null));
        assertNotNull(DecisionRules.malformed(new ModerationDecision(null, id, "SPAM", null, null, null, 1, null)));
        assertNotNull(DecisionRules.malformed(new ModerationDecision(id, id, "MAYBE", null, null, null, 1, null)));
        assertNotNull(DecisionRules.malformed(new ModerationDecision(id, id, "SPAM", null, null, null, null, null)));
        assertNotNull(DecisionRules.malformed(new ModerationDecision(id, id, "SPAM", null, null, null, 0, null)));
    }

    @Test
    void aDecisionFarAheadOfTheLastAppliedOneIsImplausible() {
        assertTrue(DecisionRules.plausible(0, 1));
        assertTrue(DecisionRules.plausible(3, 3 + DecisionRules.MAX_DECISION_GAP));
        assertFalse(DecisionRules.plausible(3, 4 + DecisionRules.MAX_DECISION_GAP));
        assertFalse(DecisionRules.plausible(0, Integer.MAX_VALUE));
    }
}
