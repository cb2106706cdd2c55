package io.newsroom.article.story;

import io.newsroom.article.problem.ProblemException;
import io.newsroom.article.problem.ProblemType;

/** The version a client says it read, from If-Match: required (428), and a tag of ours (412 otherwise). */
public final class IfMatch {

    private IfMatch() {
    }

    public static long version(String ifMatch, String why) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag of the story " + why + ".");
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        int dash = value.indexOf('-');
        String version = dash >= 0 ? value.substring(0, dash) : value;
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch + " is not an ETag of this story.");
        }
    }
}
