package io.newsroom.moderation.operations;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What in a configuration is only fit for a laptop: the broker's guest account or no broker password, no
 * database password, tokens checked against Keycloak over plain http on another machine. Each finding names the
 * setting to change. (One copy of this class per service: no shared jar.)
 */
public final class DemoCredentials {

    public static final String LOCAL_DEMO_SETTING = "NEWSROOM_LOCAL_DEMO=true (newsroom.local-demo)";

    private DemoCredentials() {
    }

    public static List<String> findings(Optional<String> brokerUser, Optional<String> brokerPassword,
            Optional<String> databasePassword, Optional<String> keycloakUrl) {
        List<String> findings = new ArrayList<>();
        String password = brokerPassword.map(String::strip).orElse("");
        if ("guest".equals(brokerUser.map(String::strip).orElse("")) && "guest".equals(password)) {
            findings.add("the broker account is RabbitMQ's guest/guest: set RABBITMQ_USERNAME and RABBITMQ_PASSWORD to this service's own user");
        } else if (password.isEmpty()) {
            findings.add("there is no broker password: set RABBITMQ_PASSWORD");
        }
        if (databasePassword.map(String::isBlank).orElse(true)) {
            findings.add("there is no database password: set QUARKUS_DATASOURCE_PASSWORD");
        }
        keycloakUrl.map(String::strip).filter(url -> plainHttpToAnotherHost(url)).ifPresent(url -> findings.add(
                "tokens are checked against Keycloak over plain http at " + url + ": set QUARKUS_OIDC_AUTH_SERVER_URL to its https address"));
        return findings;
    }

    public static String refusal(List<String> findings) {
        return "Refusing to start with demo settings outside a local demo: " + String.join("; ", findings)
                + ". If this really is a local demo, set " + LOCAL_DEMO_SETTING + ".";
    }

    /** http:// to anything but this machine: a token (and whatever it grants) travels in clear. */
    static boolean plainHttpToAnotherHost(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return false; // not ours to judge: OIDC reports a malformed address itself
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replace("[", "").replace("]", "");
        return !(host.equals("localhost") || host.equals("::1") || host.matches("127(\\.\\d{1,3}){3}"));
    }
}
