package io.newsroom.akismet.simulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar akismet-simulator.jar [--port 8184] [--key local-demo-key] [--discard-trigger akismet-discard-test]
 * [--slow-ms 30000]}: serves the simulator on 127.0.0.1 until stopped.
 */
public final class Main {
    public static final int DEFAULT_PORT = 8184;
    public static final String DEFAULT_KEY = "local-demo-key";

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = DEFAULT_PORT;
        String key = DEFAULT_KEY;
        String trigger = AkismetSimulator.DEFAULT_DISCARD_TRIGGER;
        Long slowMs = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                usage();
                return;
            }
            if (i + 1 >= args.length) {
                fail("missing value after " + arg);
            }
            String value = args[++i];
            switch (arg) {
                case "--port" -> port = parseInt(value, arg);
                case "--key" -> key = value;
                case "--discard-trigger" -> trigger = value;
                case "--slow-ms" -> slowMs = (long) parseInt(value, arg);
                default -> fail("unknown option " + arg);
            }
        }
        AkismetSimulator simulator = AkismetSimulator.start(port, key).discardTrigger(trigger);
        if (slowMs != null) {
            simulator.slowDelay(Duration.ofMillis(slowMs));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }));
        System.out.println("Akismet simulator listening on " + simulator.baseUrl() + " (API key '" + key
                + "'; spam: comment_author_email=" + AkismetSimulator.GUARANTEED_SPAM_EMAIL + " or comment_author="
                + AkismetSimulator.GUARANTEED_SPAM_AUTHOR + "; discard: content containing '" + trigger
                + "'; control API: " + simulator.baseUrl() + AkismetSimulator.CONTROL_PREFIX + "/mode)");
        stopped.await();
    }

    private static int parseInt(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            fail(option + " takes a number, not '" + value + "'");
            return -1;
        }
    }

    private static void usage() {
        System.out.println("usage: java -jar akismet-simulator.jar [--port " + DEFAULT_PORT + "] [--key "
                + DEFAULT_KEY + "] [--discard-trigger " + AkismetSimulator.DEFAULT_DISCARD_TRIGGER
                + "] [--slow-ms 30000]");
    }

    private static void fail(String message) {
        System.err.println(message);
        usage();
        System.exit(2);
    }
}
