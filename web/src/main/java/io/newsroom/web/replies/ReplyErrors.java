package io.newsroom.web.replies;

import java.util.LinkedHashMap;
import java.util.Map;

import io.newsroom.web.backend.Problem;
import io.newsroom.web.backend.RefusedException;

/** comment-service's refusal, in words placed where the reader will look: next to the field, or by the button. */
final class ReplyErrors {

    private static final Map<String, String> FIELDS = Map.of("author", "author", "email", "email", "url", "url",
            "content", "comment");
    private static final Map<String, String> LABELS = Map.of("author", "Name", "email", "Email", "url", "Website",
            "comment", "Comment");

    final Map<String, String> byField = new LinkedHashMap<>();
    String general;

    static ReplyErrors of(RefusedException refusal) {
        ReplyErrors errors = new ReplyErrors();
        Problem problem = refusal.problem();
        for (Problem.Violation v : problem == null ? java.util.List.<Problem.Violation>of() : problem.fieldViolations()) {
            String field = FIELDS.get(v.field());
            if (field != null) {
                errors.byField.putIfAbsent(field, LABELS.get(field) + " " + v.message() + ".");
            } else if (errors.general == null) {
                errors.general = "parentId".equals(v.field())
                        ? "You can no longer reply to that comment (" + v.message() + "). Your text is still here."
                        : v.field() + " " + v.message() + ".";
            }
        }
        if (refusal.status() == 409 && problem != null && problem.type() != null && problem.type().endsWith("/duplicate")) {
            errors.byField.put("comment", problem.detail());
        }
        if (errors.byField.isEmpty() && errors.general == null) {
            errors.general = switch (refusal.status()) {
                case 404 -> "This story is no longer published, so it cannot take replies. Your text is still here.";
                case 409 -> problem != null && problem.detail() != null ? problem.detail()
                        : "Your reply was not taken.";
                case 429 -> (problem != null && problem.detail() != null ? problem.detail()
                        : "You are posting comments too quickly.")
                        + (refusal.retryAfterSeconds() != null ? " Try again in " + refusal.retryAfterSeconds()
                                + " seconds." : "");
                default -> problem != null && problem.detail() != null ? problem.detail()
                        : "Your reply was not taken.";
            };
        }
        return errors;
    }

    static ReplyErrors unavailable() {
        ReplyErrors errors = new ReplyErrors();
        errors.general = "Your reply could not be sent: the comment service is not answering right now. "
                + "Nothing was stored; please try again in a moment. Your text is still here.";
        return errors;
    }
}
