package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

import io.vertx.core.json.JsonObject;

/**
 * deploy/compose.yaml and deploy/kubernetes/ cannot run here (no Docker engine, no cluster), so this checks
 * what can be checked: they parse, they name every service, port and variable the services read, and they keep
 * the security promises (own users and roles, probes on the management port, locked-down pods, network
 * policies, the same broker permissions everywhere, a production realm without demo users).
 */
class DeployFilesTest {

    static final Map<String, Integer> PORTS = Map.of("article-service", 8081, "comment-service", 8082, "moderation-service", 8083);
    static final Set<String> EVERY_SERVICE_READS = Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
            "QUARKUS_DATASOURCE_PASSWORD", "RABBITMQ_HOST", "RABBITMQ_PORT", "RABBITMQ_USERNAME", "RABBITMQ_PASSWORD",
            "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_TOKEN_AUDIENCE");
    static final Map<String, Set<String>> ALSO_READS = Map.of(
            "article-service", Set.of("NEWSROOM_SITE_URL"),
            "comment-service", Set.of("QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL"),
            "moderation-service", Set.of("AKISMET_API_KEY", "AKISMET_BASE_URL", "NEWSROOM_SITE_URL"));
    /** web owns no data: no database, no broker; it needs Keycloak, its client secret and the three services. */
    static final Set<String> WEB_READS = Set.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CREDENTIALS_SECRET",
            "QUARKUS_REST_CLIENT_ARTICLE_SERVICE_URL", "QUARKUS_REST_CLIENT_COMMENT_SERVICE_URL",
            "QUARKUS_REST_CLIENT_MODERATION_SERVICE_URL");

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
            assertTrue(String.valueOf(service.get("healthcheck")).contains((entry.getValue() + 1000) + "/q/health/ready"),
                    entry.getKey() + " is checked on its readiness endpoint, on the management port");
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            for (String variable : readBy(entry.getKey())) {
                assertTrue(environment.containsKey(variable), entry.getKey() + " is given " + variable + " in compose");
            }
            assertEquals(entry.getKey(), environment.get("RABBITMQ_USERNAME"), "its own broker user");
            assertEquals(entry.getKey().replace("-service", "_service"), environment.get("QUARKUS_DATASOURCE_USERNAME"), "its own role");
            assertEquals("true", environment.get("NEWSROOM_LOCAL_DEMO"), "compose is a local demo, and says so");
        }
        String rabbitmq = String.valueOf(services.get("rabbitmq"));
        assertTrue(rabbitmq.contains("./rabbitmq/definitions.json") && rabbitmq.contains("./rabbitmq/rabbitmq.conf"),
                "compose's RabbitMQ loads deploy/rabbitmq/definitions.json: " + rabbitmq);
        assertTrue(Files.readString(root.resolve("deploy/rabbitmq/rabbitmq.conf")).contains("load_definitions = /etc/rabbitmq/definitions.json"));
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
        assertTrue(secretKeys.contains("AKISMET_API_KEY"));
        Map<String, Object> config = only(documents, "ConfigMap", "newsroom-config");
        Map<String, Object> configData = (Map<String, Object>) config.get("data");
        Set<String> fromConfigMap = configData.keySet();
        assertTrue(String.valueOf(configData.get("QUARKUS_OIDC_AUTH_SERVER_URL")).startsWith("https://"), "Keycloak over https");

        Set<String> roles = new HashSet<>();
        for (var entry : PORTS.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> deployment = only(documents, "Deployment", name);
            Map<String, Object> pod = (Map<String, Object>) at(deployment, "spec", "template", "spec");
            Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertEquals("management", at(container, probe, "httpGet", "port"), name + "'s " + probe + " is on the management port");
            }
            assertEquals("/q/health/ready", at(container, "readinessProbe", "httpGet", "path"));
            assertEquals("/q/health/live", at(container, "livenessProbe", "httpGet", "path"));
            assertNotNull(at(container, "resources", "limits", "memory"), name + " has a memory limit");
            List<Map<String, Object>> ports = (List<Map<String, Object>>) container.get("ports");
            assertEquals(entry.getValue(), ports.get(0).get("containerPort"));
            assertEquals(entry.getValue() + 1000, ports.stream().filter(p -> "management".equals(p.get("name"))).findFirst()
                    .orElseThrow().get("containerPort"), name + " names its management port");

            assertEquals(true, at(pod, "securityContext", "runAsNonRoot"), name + " runs as a non-root user");
            assertEquals(false, at(container, "securityContext", "allowPrivilegeEscalation"));
            assertEquals(true, at(container, "securityContext", "readOnlyRootFilesystem"), name + " has a read-only root filesystem");
            assertEquals(List.of("ALL"), at(container, "securityContext", "capabilities", "drop"), name + " drops every capability");

            Map<String, Object> env = new java.util.HashMap<>(configData);
            ((List<Map<String, Object>>) container.get("env")).forEach(variable -> env.put((String) variable.get("name"),
                    variable.containsKey("value") ? variable.get("value") : variable.get("valueFrom")));
            for (String variable : readBy(name)) {
                if (!variable.equals("NEWSROOM_LOCAL_DEMO")) {
                    assertTrue(env.containsKey(variable), name + " is given " + variable + " in Kubernetes");
                }
            }
            assertFalse(env.containsKey("NEWSROOM_LOCAL_DEMO"), "Kubernetes is no local demo");
            assertEquals(name, env.get("RABBITMQ_USERNAME"), name + " has its own broker user");
            String role = String.valueOf(env.get("QUARKUS_DATASOURCE_USERNAME"));
            assertTrue(roles.add(role) && !role.equals("postgres"), name + " has a database role of its own: " + role);
            for (String password : List.of("QUARKUS_DATASOURCE_PASSWORD", "RABBITMQ_PASSWORD")) {
                assertEquals(name + "-secrets", at((Map<String, Object>) env.get(password), "secretKeyRef", "name"),
                        name + "'s " + password + " comes from its own Secret");
            }
            only(documents, "Secret", name + "-secrets");

            Map<String, Object> policy = only(documents, "NetworkPolicy", name);
            assertEquals(Map.of("app.kubernetes.io/name", name), at(policy, "spec", "podSelector", "matchLabels"));
            assertEquals(List.of("Ingress", "Egress"), at(policy, "spec", "policyTypes"), name + " is closed both ways but for what it lists");

            Map<String, Object> service = only(documents, "Service", name);
            List<Map<String, Object>> servicePorts = (List<Map<String, Object>>) at(service, "spec", "ports");
            assertEquals(entry.getValue(), servicePorts.get(0).get("port"));
            assertEquals(1, servicePorts.size(), name + "'s Service exposes the public port only");
        }
        Map<String, Object> comments = ((List<Map<String, Object>>) at(only(documents, "Deployment", "comment-service"),
                "spec", "template", "spec", "containers")).get(0);
        assertTrue(((List<Map<String, Object>>) comments.get("env")).stream()
                .anyMatch(v -> "NEWSROOM_COMMENTS_TRUSTED_PROXIES".equals(v.get("name")) && v.get("value") != null),
                "comment-service believes the ingress's X-Forwarded-For, or every reader shares one IP");
        String roleScript = Files.readString(root.resolve("deploy/postgres/roles.sql"));
        for (String role : roles) {
            assertTrue(roleScript.contains("create role " + role + " login"), "roles.sql creates " + role);
            assertTrue(roleScript.contains("owner " + role + ";"), "roles.sql gives " + role + " its database");
        }

        // The broker definitions Kubernetes gets are deploy/rabbitmq/definitions.json, passwords to be replaced.
        JsonObject definitions = new JsonObject(Files.readString(root.resolve("deploy/rabbitmq/definitions.json")));
        JsonObject fromSecret = new JsonObject((String) ((Map<String, Object>) only(documents, "Secret", "newsroom-rabbitmq-definitions")
                .get("stringData")).get("definitions.json"));
        assertEquals(definitions.getJsonArray("permissions"), fromSecret.getJsonArray("permissions"));
        assertEquals(definitions.getJsonArray("vhosts"), fromSecret.getJsonArray("vhosts"));
        assertEquals(names(definitions), names(fromSecret));
    }

    @Test
    @SuppressWarnings("unchecked")
    void webIsDeployedLockedDownLikeTheServices() throws IOException {
        Map<String, Object> compose = new Yaml(new LoaderOptions()).load(Files.readString(root.resolve("deploy/compose.yaml")));
        Map<String, Object> web = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("web");
        assertNotNull(web, "compose runs web");
        assertTrue(((List<String>) web.get("ports")).contains("8080:8080"), "web publishes its port");
        assertTrue(String.valueOf(web.get("healthcheck")).contains("9080/q/health/ready"), "web is checked on its management port");
        Map<String, Object> composeEnv = (Map<String, Object>) web.get("environment");
        for (String variable : WEB_READS) {
            assertTrue(composeEnv.containsKey(variable), "web is given " + variable + " in compose");
        }

        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(root.resolve("deploy/kubernetes/web.yaml")))) {
            documents.add((Map<String, Object>) document);
        }
        Map<String, Object> pod = (Map<String, Object>) at(only(documents, "Deployment", "web"), "spec", "template", "spec");
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals("management", at(container, probe, "httpGet", "port"), "web's " + probe + " is on the management port");
        }
        assertEquals(true, at(pod, "securityContext", "runAsNonRoot"), "web runs as a non-root user");
        assertEquals(true, at(container, "securityContext", "readOnlyRootFilesystem"), "web has a read-only root filesystem");
        assertEquals(List.of("ALL"), at(container, "securityContext", "capabilities", "drop"), "web drops every capability");
        Set<String> env = new HashSet<>();
        ((List<Map<String, Object>>) container.get("env")).forEach(variable -> env.add((String) variable.get("name")));
        Map<String, Object> config = new HashMap<>();
        for (Path file : List.of(root.resolve("deploy/kubernetes/config.yaml"))) {
            for (Object document : new Yaml(new LoaderOptions()).loadAll(Files.readString(file))) {
                Map<String, Object> d = (Map<String, Object>) document;
                if ("ConfigMap".equals(d.get("kind"))) {
                    config.putAll((Map<String, Object>) d.get("data"));
                } else if ("Secret".equals(d.get("kind"))) {
                    assertTrue(((Map<String, Object>) d.get("stringData")).containsKey("NEWSROOM_WEB_CLIENT_SECRET"),
                            "web's client secret has its place in the Secret");
                }
            }
        }
        env.addAll(config.keySet());
        for (String variable : WEB_READS) {
            assertTrue(env.contains(variable), "web is given " + variable + " in Kubernetes");
        }
        assertFalse(env.contains("RABBITMQ_USERNAME") || env.contains("QUARKUS_DATASOURCE_USERNAME"), "web owns no data and no events");
        Map<String, Object> policy = only(documents, "NetworkPolicy", "web");
        assertEquals(List.of("Ingress", "Egress"), at(policy, "spec", "policyTypes"), "web is closed both ways but for what it lists");
        assertEquals(1, ((List<?>) at(only(documents, "Service", "web"), "spec", "ports")).size(), "web's Service exposes the public port only");
    }

    @Test
    void runLocalGivesTheBrokerUsersTheSamePermissionsAsTheDefinitions() throws IOException {
        JsonObject definitions = new JsonObject(Files.readString(root.resolve("deploy/rabbitmq/definitions.json")));
        String runLocal = Files.readString(root.resolve("deploy/run-local"));
        assertEquals(List.of("newsroom"), definitions.getJsonArray("vhosts").stream().map(v -> ((JsonObject) v).getString("name")).toList());
        assertEquals(PORTS.keySet(), names(definitions));
        for (Object p : definitions.getJsonArray("permissions")) {
            JsonObject permission = (JsonObject) p;
            for (String kind : List.of("configure", "write", "read")) {
                Matcher matcher = Pattern.compile("declare -A broker_" + kind + "=\\((.*?)\\)\n", Pattern.DOTALL).matcher(runLocal);
                assertTrue(matcher.find(), "run-local declares broker_" + kind);
                String line = "[" + permission.getString("user") + "]='" + permission.getString(kind) + "'";
                assertTrue(matcher.group(1).contains(line), "run-local's " + kind + " pattern for " + permission.getString("user")
                        + " is the definitions': " + line);
            }
            assertFalse(permission.getString("configure").contains(".*"), "no wildcard rights: " + permission);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProductionRealmHasNoDemoUsersAndNoPasswordGrant() throws IOException {
        JsonObject production = new JsonObject(Files.readString(root.resolve("deploy/keycloak/newsroom-realm.production.json")));
        JsonObject demo = new JsonObject(Files.readString(root.resolve("deploy/keycloak/newsroom-realm.json")));
        assertEquals("newsroom", production.getString("realm"));
        assertFalse(production.containsKey("users"), "no demo users");
        assertEquals(true, production.getBoolean("bruteForceProtected"));
        assertEquals("external", production.getString("sslRequired"));
        assertEquals(false, production.getBoolean("registrationAllowed"));
        assertEquals(demo.getJsonObject("roles"), production.getJsonObject("roles"), "the same realm roles");
        for (Object c : production.getJsonArray("clients")) {
            JsonObject client = (JsonObject) c;
            if (client.getBoolean("publicClient", false)) {
                assertEquals(false, client.getBoolean("directAccessGrantsEnabled"), client.getString("clientId") + ": no password grant");
            }
            assertEquals(false, client.getBoolean("implicitFlowEnabled", false));
            assertTrue(client.getJsonArray("protocolMappers").encode().contains("newsroom-api"), "its tokens carry the API's audience");
        }
        assertTrue(demo.getString("displayName").contains("local"), "the demo realm says it is for local use");
    }

    private static Set<String> names(JsonObject definitions) {
        return definitions.getJsonArray("users").stream().map(u -> ((JsonObject) u).getString("name")).collect(java.util.stream.Collectors.toSet());
    }

    /** The variables a service reads: the common ones, its own, and every ${VAR} its application.properties names. */
    private Set<String> readBy(String service) throws IOException {
        Set<String> variables = new HashSet<>(EVERY_SERVICE_READS);
        variables.addAll(ALSO_READS.get(service));
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
