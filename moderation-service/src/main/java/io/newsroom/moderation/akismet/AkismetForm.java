package io.newsroom.moderation.akismet;

import io.newsroom.moderation.store.ModeratedComment;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comment-check fields for one comment, every one Akismet accepts that we know (akismet.md). This map is
 * stored as the comment's "as submitted" copy and sent again, unchanged, with submit-spam/submit-ham. The key,
 * {@code is_test} and {@code recheck_reason} are per call and not part of it.
 */
public final class AkismetForm {
    private AkismetForm() {
    }

    public static Map<String, List<String>> asSubmitted(ModeratedComment c, AkismetConfig config) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        put(f, "blog", config.blog());
        put(f, "user_ip", c.userIp);
        put(f, "user_agent", c.userAgent);
        put(f, "referrer", c.referrer);
        put(f, "permalink", c.permalink);
        put(f, "comment_type", c.commentType);
        put(f, "comment_author", c.authorName);
        put(f, "comment_author_email", c.authorEmail);
        put(f, "comment_author_url", c.authorUrl);
        put(f, "comment_content", c.content);
        put(f, "comment_date_gmt", iso(c.submittedAt));
        put(f, "comment_post_modified_gmt", iso(c.articleModifiedAt != null ? c.articleModifiedAt : c.articlePublishedAt));
        put(f, "blog_lang", config.blogLang());
        put(f, "blog_charset", config.blogCharset());
        put(f, "user_role", userRole(c));
        if (c.honeypotFieldName != null && !c.honeypotFieldName.isBlank()) {
            put(f, "honeypot_field_name", c.honeypotFieldName);
            // the field itself, with whatever was typed into it (possibly nothing)
            f.put(c.honeypotFieldName, List.of(c.honeypotValue == null ? "" : c.honeypotValue));
        }
        put(f, "comment_parent", c.parentId == null ? null : c.parentId.toString());
        if (c.articleTags != null && !c.articleTags.isBlank()) {
            List<String> tags = Arrays.stream(c.articleTags.split("\n")).filter(t -> !t.isBlank()).toList();
            if (!tags.isEmpty()) {
                f.put("comment_context[]", tags);
            }
        }
        return f;
    }

    /** WordPress role names: Akismet knows {@code administrator} (always ham); other logged-in readers are subscribers. */
    static String userRole(ModeratedComment c) {
        if (!c.loggedIn()) {
            return null;
        }
        List<String> roles = c.authorRoles == null ? List.of() : Arrays.asList(c.authorRoles.split(","));
        if (roles.contains("admin")) {
            return "administrator";
        }
        for (String role : List.of("editor", "moderator", "fact-checker")) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return "subscriber";
    }

    private static void put(Map<String, List<String>> f, String name, String value) {
        if (value != null && !value.isBlank()) {
            f.put(name, List.of(value));
        }
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
