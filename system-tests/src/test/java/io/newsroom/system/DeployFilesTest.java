package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose.yaml and deploy/kubernetes/ cannot run here (no Docker engine, no cluster), so this checks
 * what can be checked: they parse, and they name every service, port and variable the services read.
 */
class DeployFilesTest {

    static final Map<String, Integer> PORTS = Map.of("article-service", 8081, "comment-service", 8082, "moderation-service", 8083,
            "web", 8080);
    /** Where each one's readiness is asked: web's health is on its management port. */
    static final Map<String, Integer> HEALTH_PORTS = Map.of("article-service", 8081, "comment-service", 8082,
            "moderation-service", 8083, "web", 9080);
    /** web owns no data: no database, no broker; it needs Keycloak, its client secret and the three services. */
    static final Set<String> WEB_READS = Set.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CREDENTIALS_SECRET",
            "QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", "QUARKUS_REST_CLIENT_COMMENT_SERVICE_URL",
            "QUARKUS_REST_CLIENT_MODERATION_SERVICE_URL");
    static final Set<String> EVERY_SERVICE_READS = Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "RABBITMQ_HOST", "RABBITMQ_PORT", "RABBITMQ_USERNAME", "RABBITMQ_PASSWORD",
            "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_TOKEN_AUDIENCE");
    static final Map<String, Set<String>> ALSO_READS = Map.of(
            "article-service", Set.of("NEWSROOM_SITE_URL"),
            "comment-service", Set.of("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL"),
            "moderation-service", Set.of("AKISMET_API_KEY", "AKISMET_BASE_URL", "NEWSROOM_SITE_URL"));

    private final Path root = RunLocal.root();

    @Test
    @SuppressWarnings("unchecked")
    void composeNamesEveryServicePortAndVariable() throws IOException {
        Map<String, Object> compose = new Yaml(new LoaderOptions()).load(Files.readString(root.resolve("deploy/compose.yaml")));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        for (String infra : List.of("postgres", "rabbitmq", "keycloak")) {
            assertTrue(services.containsKey(infra), "compose runs " + infra);
            assertNotNull(((Map<String, Object>) services.get(infra)).get("healthcheck"), infra + " has a health check");
        }
        for (var entry : PORTS.entrySet()) {
            Map<String, Object> service = (Map<String, Object>) services.get(entry.getKey());
            assertNotNull(service, "compose runs " + entry.getKey());
            assertTrue(((List<String>) service.get("ports")).contains(entry.getValue() + ":" + entry.getValue()),
                    entry.getKey() + " publishes its port");
            assertTrue(String.valueOf(service.get("healthcheck")).contains(HEALTH_PORTS.get(entry.getKey()) + "/q/health/ready"),
                    entry.getKey() + " is checked on its readiness endpoint");
            Set<String> env = ((Map<String, Object>) service.get("environment")).keySet();
            for (String variable : readBy(entry.getKey())) {
                assertTrue(env.contains(variable), entry.getKey() + " is given " + variable + " in compose");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesManifestsDeployEveryServiceWithProbesResourcesAndSecrets() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve("deploy/kubernetes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
                    documents.add((Map<String, Object>) document);
                }
            }
        }
        Map<String, Object> secret = only(documents, "Secret", "newsroom-secrets");
        Set<String> secretKeys = ((Map<String, Object>) secret.get("stringData")).keySet();
        assertTrue(secretKeys.containsAll(Set.of("AKISMET_API_KEY", "QUARKUS_DATASOURCE_PASSWORD", "RABBITMQ_PASSWORD",
                "NEWSROOM_WEB_CLIENT_SECRET")));
        Map<String, Object> config = only(documents, "ConfigMap", "newsroom-config");
        Set<String> fromConfigMap = ((Map<String, Object>) config.get("data")).keySet();

        for (var entry : PORTS.entrySet()) {
            Map<String, Object> deployment = only(documents, "Deployment", entry.getKey());
            Map<String, Object> container = ((List<Map<String, Object>>) at(deployment, "spec", "template", "spec", "containers")).get(0);
            assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"));
            assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"));
            assertNotNull(at(container, "resources", "limits", "memory"), entry.getKey() + " has a memory limit");
            assertEquals(entry.getValue(), ((List<Map<String, Object>>) container.get("ports")).get(0).get("containerPort"));
            Set<String> env = new HashSet<>(fromConfigMap);
            ((List<Map<String, Object>>) container.get("env")).forEach(variable -> env.add((String) variable.get("name")));
            for (String variable : readBy(entry.getKey())) {
                assertTrue(env.contains(variable), entry.getKey() + " is given " + variable + " in Kubernetes");
            }
            Map<String, Object> service = only(documents, "Service", entry.getKey());
            assertEquals(entry.getValue(), ((List<Map<String, Object>>) at(service, "spec", "ports")).get(0).get("port"));
        }
    }

    /** The variables a service reads: the common ones, its own, and every ${VAR} its application.properties names. */
    private Set<String> readBy(String service) throws IOException {
        Set<String> variables = new HashSet<>(service.equals("web") ? WEB_READS : EVERY_SERVICE_READS);
        variables.addAll(ALSO_READS.getOrDefault(service, Set.of()));
        String properties = Files.readString(root.resolve(service + "/src/main/resources/application.properties"));
        Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]+)").matcher(properties);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }
        return variables;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> only(List<Map<String, Object>> documents, String kind, String name) {
        List<Map<String, Object>> found = documents.stream()
                .filter(d -> kind.equals(d.get("kind")) && name.equals(((Map<String, Object>) d.get("metadata")).get("name")))
                .toList();
        assertEquals(1, found.size(), "one " + kind + " " + name);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> map, String... path) {
        Object current = map;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
