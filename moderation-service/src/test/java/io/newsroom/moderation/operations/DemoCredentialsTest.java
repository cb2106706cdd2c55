package io.newsroom.moderation.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DemoCredentialsTest {

    private static final Optional<String> KEYCLOAK = Optional.of("https://login.example.org/realms/newsroom");

    @Test
    void realCredentialsAreFine() {
        assertEquals(List.of(), DemoCredentials.findings(Optional.of("moderation-service"), Optional.of("s3cret"), Optional.of("pw"), KEYCLOAK));
    }

    @Test
    void guestGuestOrNoBrokerPasswordIsADemo() {
        assertTrue(DemoCredentials.findings(Optional.of("guest"), Optional.of("guest"), Optional.of("pw"), KEYCLOAK).get(0)
                .contains("RABBITMQ_USERNAME and RABBITMQ_PASSWORD"));
        assertTrue(DemoCredentials.findings(Optional.of("moderation-service"), Optional.empty(), Optional.of("pw"), KEYCLOAK).get(0)
                .contains("RABBITMQ_PASSWORD"));
        assertTrue(DemoCredentials.findings(Optional.of("moderation-service"), Optional.of("  "), Optional.of("pw"), KEYCLOAK).get(0)
                .contains("RABBITMQ_PASSWORD"));
    }

    @Test
    void noDatabasePasswordIsADemo() {
        assertTrue(DemoCredentials.findings(Optional.of("moderation-service"), Optional.of("s3cret"), Optional.empty(), KEYCLOAK).get(0)
                .contains("QUARKUS_DATASOURCE_PASSWORD"));
    }

    @Test
    void keycloakOverPlainHttpIsOnlyForThisMachine() {
        for (String local : List.of("http://127.0.0.1:8180/realms/newsroom", "http://localhost:8180/realms/newsroom",
                "http://[::1]:8180/realms/newsroom", "https://keycloak:8443/realms/newsroom")) {
            assertEquals(List.of(), DemoCredentials.findings(Optional.of("a"), Optional.of("b"), Optional.of("c"), Optional.of(local)), local);
        }
        for (String remote : List.of("http://keycloak:8180/realms/newsroom", "http://10.0.0.5/realms/newsroom",
                "HTTP://login.example.org/realms/newsroom", "http://127.0.0.1.evil.example/realms/newsroom")) {
            List<String> findings = DemoCredentials.findings(Optional.of("a"), Optional.of("b"), Optional.of("c"), Optional.of(remote));
            assertEquals(1, findings.size(), remote);
            assertTrue(findings.get(0).contains("QUARKUS_OIDC_AUTH_SERVER_URL"), remote);
        }
    }

    @Test
    void theRefusalSaysHowToRunALocalDemo() {
        String refusal = DemoCredentials.refusal(DemoCredentials.findings(Optional.of("guest"), Optional.of("guest"), Optional.empty(), KEYCLOAK));
        assertTrue(refusal.contains("NEWSROOM_LOCAL_DEMO=true"), refusal);
        assertTrue(refusal.contains("QUARKUS_DATASOURCE_PASSWORD"), refusal);
    }
}
