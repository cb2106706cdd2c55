package io.newsroom.web.replies;

import java.util.List;
import java.util.Map;

/**
 * The reader's own part of a story page: their replies awaiting moderation and the "Leave a Reply" form
 * (with what they typed and, after a refusal, each message next to its field).
 */
public record ReplyFormView(String action, boolean commentsOpen, boolean loggedIn, String visitorName,
        String loginHref, String replyToId, String replyToName, String cancelReplyHref, int commentPage,
        String author, String email, String url, String comment, Map<String, String> errors, String generalError,
        List<OwnReplyView> ownReplies) {

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public record OwnReplyView(String id, String authorName, List<List<String>> content, String dateLabel,
            String inReplyTo, boolean pending) {
    }
}
