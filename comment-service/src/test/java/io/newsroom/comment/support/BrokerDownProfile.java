package io.newsroom.comment.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** comment.submitted is published through {@link SwitchableBrokerProxy}, which starts switched off. */
public class BrokerDownProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // Confirms of messages caught in a dropped connection never come back: hand them over
        // again soon (at least once; consumers are idempotent).
        return Map.of("newsroom.comments.relay-inflight-timeout", "5s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SwitchableBrokerProxy.class));
    }
}
