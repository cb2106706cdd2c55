package io.newsroom.system;

import java.util.ArrayList;
import java.util.List;

/**
 * The README's walk-through as steps: each ```bash block is a step, and a ```text block right after it is
 * what that step prints. Nothing else in the README is read, so what a newcomer copies is what is tested.
 */
public final class Readme {

    public record Step(int number, String script, String expectedOutput) {
    }

    private Readme() {
    }

    /** The steps between the heading that starts with {@code sectionHeading} and the next heading of that level. */
    public static List<Step> steps(String markdown, String sectionHeading) {
        int start = markdown.indexOf("\n" + sectionHeading);
        if (start < 0) {
            throw new IllegalArgumentException("README has no section " + sectionHeading);
        }
        String level = sectionHeading.substring(0, sectionHeading.indexOf(' ') + 1);
        int end = markdown.indexOf("\n" + level, start + 1);
        String section = markdown.substring(start, end < 0 ? markdown.length() : end);

        List<Step> steps = new ArrayList<>();
        String[] lines = section.split("\n", -1);
        String pendingScript = null;
        for (int i = 0; i < lines.length; i++) {
            String fence = lines[i].strip();
            if (!fence.startsWith("```") || fence.length() == 3) {
                if (pendingScript != null && !lines[i].isBlank()) {
                    steps.add(new Step(steps.size() + 1, pendingScript, null));
                    pendingScript = null;
                }
                continue;
            }
            String language = fence.substring(3).strip();
            StringBuilder body = new StringBuilder();
            for (i++; i < lines.length && !lines[i].strip().equals("```"); i++) {
                body.append(lines[i]).append('\n');
            }
            if (language.equals("bash")) {
                if (pendingScript != null) {
                    steps.add(new Step(steps.size() + 1, pendingScript, null));
                }
                pendingScript = body.toString();
            } else if (language.equals("text") && pendingScript != null) {
                steps.add(new Step(steps.size() + 1, pendingScript, body.toString()));
                pendingScript = null;
            }
        }
        if (pendingScript != null) {
            steps.add(new Step(steps.size() + 1, pendingScript, null));
        }
        return steps;
    }
}
