package io.newsroom.moderation.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The one place the test resources are declared; Quarkus applies them to every @QuarkusTest of the module, so
 * they share one application start: real PostgreSQL, real RabbitMQ, the Akismet simulator, signed tokens.
 */
@QuarkusTestResource(TestDatabase.class)
@QuarkusTestResource(TestRabbit.class)
@QuarkusTestResource(TestAkismet.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {
    private TestResources() {
    }
}
