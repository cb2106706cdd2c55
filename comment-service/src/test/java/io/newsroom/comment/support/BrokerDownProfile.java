package io.newsroom.comment.support;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The outbox is published through {@link SwitchableBrokerProxy}, which starts switched off. */
public class BrokerDownProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SwitchableBrokerProxy.class));
    }
}
