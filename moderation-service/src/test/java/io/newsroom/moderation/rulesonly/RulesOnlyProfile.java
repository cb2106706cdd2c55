package io.newsroom.moderation.rulesonly;

import io.newsroom.moderation.support.TestDatabase;
import io.newsroom.moderation.support.TestRabbit;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.List;

/** No AKISMET_API_KEY: the same service without the simulator, its own database and queues. */
public class RulesOnlyProfile implements QuarkusTestProfile {
    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TestDatabase.class), new TestResourceEntry(TestRabbit.class),
                new TestResourceEntry(OidcWiremockTestResource.class));
    }
}
