package io.newsroom.moderation.operations;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * The settings that decide whether this is a local demo or a real deployment. Validated with the configuration
 * itself (so before the database is migrated or the broker is asked anything): demo credentials outside a local
 * demo stop the service with a message naming what to change.
 */
@ConfigMapping(prefix = "")
@SafeOutsideALocalDemo
public interface DeploymentConfig {

    /** True only for a laptop (deploy/run-local, the tests): demo credentials are then allowed. */
    @WithName("newsroom.local-demo")
    @WithDefault("false")
    boolean localDemo();

    @WithName("rabbitmq-username")
    Optional<String> brokerUser();

    @WithName("rabbitmq-password")
    Optional<String> brokerPassword();

    @WithName("quarkus.datasource.password")
    Optional<String> databasePassword();

    @WithName("quarkus.oidc.auth-server-url")
    Optional<String> keycloakUrl();
}
