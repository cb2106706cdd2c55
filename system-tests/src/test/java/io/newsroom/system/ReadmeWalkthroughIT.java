package io.newsroom.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README is a promise: its quick start (deploy/run-local) brings the system up, every command of its
 * walk-through runs as written and prints what the README says it prints, and Ctrl-C stops it all.
 */
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeWalkthroughIT {

    @Test
    @Order(1)
    void theWalkthroughWorksAsWritten() throws Exception {
        RunLocal system = RunLocal.start();
        // The browser part starts at the address run-local prints first, with a story to comment on.
        List<String> output = system.output();
        String firstAddress = output.subList(output.indexOf(output.stream().filter(l -> l.contains("Newsroom is running."))
                .findFirst().orElseThrow()), output.size()).stream().filter(l -> l.contains("http://")).findFirst().orElseThrow();
        assertTrue(firstAddress.contains("http://127.0.0.1:8080"), "the site's address comes first: " + firstAddress);
        Http.Reply front = Http.get("http://127.0.0.1:8080/", null);
        assertEquals(200, front.status(), front.toString());
        assertTrue(front.body().contains("Harbour footbridge reopens after six months of repairs"), "the demo story is there");
        String readme = Files.readString(RunLocal.root().resolve("README.md"));
        List<Readme.Step> steps = Readme.steps(readme, "## Walk-through");
        assertTrue(steps.size() >= 6, "the walk-through has its steps: " + steps.size());

        Path dir = Files.createTempDirectory("walkthrough");
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (Readme.Step step : steps) {
            script.append("echo '>>> step ").append(step.number()).append("' >&2\n")
                    .append("{\n").append(step.script()).append("\n} > ").append(dir.resolve("out-" + step.number())).append('\n');
        }
        Path scriptFile = dir.resolve("walkthrough.sh");
        Files.writeString(scriptFile, script);
        Process bash = new ProcessBuilder("bash", scriptFile.toString())
                .directory(RunLocal.root().toFile())
                .redirectError(dir.resolve("stderr").toFile())
                .start();
        boolean finished = bash.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            bash.destroyForcibly();
        }
        String stderr = Files.readString(dir.resolve("stderr"));
        assertTrue(finished, "the walk-through finished within 5 minutes:\n" + stderr);
        assertEquals(0, bash.exitValue(), "every walk-through command succeeded; stderr:\n" + stderr);

        for (Readme.Step step : steps) {
            String printed = Files.readString(dir.resolve("out-" + step.number()));
            if (step.expectedOutput() != null) {
                assertEquals(step.expectedOutput().strip(), printed.strip(),
                        "step " + step.number() + " prints what the README shows:\n" + step.script());
            }
        }
    }

    @Test
    @Order(2)
    void ctrlCStopsEverythingItStarted() {
        RunLocal system = RunLocal.start();
        system.stop();
        assertFalse(system.isAlive());
        for (int port : new int[] { 8180, 8080, 9080, 8081, 8082, 8083, 9081, 9082, 9083, 8184 }) {
            assertFalse(listening(port), "nothing listens on " + port + " after run-local stopped");
        }
        assertTrue(system.output().stream().anyMatch(line -> line.contains("stopped")), "run-local said it stopped");
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
