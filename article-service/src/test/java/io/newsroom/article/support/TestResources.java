package io.newsroom.article.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real pieces every @QuarkusTest of this module runs on. */
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(RabbitTestNames.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public class TestResources {
}
