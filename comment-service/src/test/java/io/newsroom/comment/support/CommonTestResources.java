package io.newsroom.comment.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The real PostgreSQL and RabbitMQ (own names), the article-service stub and the token issuer, for every test. */
@QuarkusTestResource(PostgresDatabase.class)
@QuarkusTestResource(RabbitNames.class)
@QuarkusTestResource(ArticleServiceStub.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class CommonTestResources {

    private CommonTestResources() {
    }
}
