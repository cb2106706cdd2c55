package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The three services' problem+json code is one design kept as identical copies (no shared jar, DESIGN.md): the
 * {@code problem} packages hold the same files, equal but for their package line. ProblemShapeIT checks what they
 * answer; this checks that no copy drifts. The same holds for the outbox publisher comment-service and
 * moderation-service share ({@code broker/ConfirmedPublisher.java}).
 */
class ProblemCopiesTest {

    static final List<String> SERVICES = List.of("article", "comment", "moderation");

    static Map<String, String> copy(String service) throws IOException {
        Path dir = RunLocal.root().resolve(service + "-service/src/main/java/io/newsroom/" + service + "/problem");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(),
                        Files.readString(file).replace("io.newsroom." + service + ".problem", "io.newsroom.SERVICE.problem"));
            }
        }
        return files;
    }

    @Test
    void theTwoOutboxPublishersAreIdenticalButForTheirPackageName() throws IOException {
        String comment = publisher("comment");
        assertTrue(comment.contains("waitForConfirmsOrDie"), "comment-service's ConfirmedPublisher");
        assertEquals(comment, publisher("moderation"), "moderation-service's ConfirmedPublisher differs from comment-service's");
    }

    static String publisher(String service) throws IOException {
        Path file = RunLocal.root().resolve(service + "-service/src/main/java/io/newsroom/" + service + "/broker/ConfirmedPublisher.java");
        return Files.readString(file).replace("io.newsroom." + service + ".broker", "io.newsroom.SERVICE.broker");
    }

    @Test
    void theThreeProblemPackagesAreIdenticalButForTheirPackageName() throws IOException {
        Map<String, String> article = copy("article");
        assertTrue(article.containsKey("ProblemMapper.java") && article.containsKey("ProblemType.java"), article.keySet().toString());
        for (String service : SERVICES.subList(1, SERVICES.size())) {
            Map<String, String> other = copy(service);
            assertEquals(article.keySet(), other.keySet(), service + "-service's problem package has other files");
            for (String file : article.keySet()) {
                assertEquals(article.get(file), other.get(file), service + "-service's " + file + " differs from article-service's");
            }
        }
    }
}
