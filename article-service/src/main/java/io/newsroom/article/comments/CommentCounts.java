package io.newsroom.article.comments;

/** How one status change moves a story's approved-comment count. */
public final class CommentCounts {

    public static final String APPROVED = "APPROVED";

    private CommentCounts() {
    }

    /** Applied only when newer than what we know, so a redelivered or late event moves nothing. */
    public static int delta(String knownStatus, int knownSeq, String newStatus, int newSeq) {
        if (newSeq <= knownSeq) {
            return 0;
        }
        return (APPROVED.equals(newStatus) ? 1 : 0) - (APPROVED.equals(knownStatus) ? 1 : 0);
    }
}
