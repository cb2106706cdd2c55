package io.newsroom.moderation.akismet;

import io.newsroom.moderation.decision.Role;
import io.newsroom.moderation.security.Roles;
import io.newsroom.moderation.store.ModeratedComment;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * The author's role in WordPress' names, which Akismet's model was trained on ({@code administrator} is always
     * ham): the highest of ours, mapped to the WordPress role with the same powers — a moderator is an editor there
     * (editors moderate comments), a fact-checker an author (staff who cannot edit others' stories). A logged-in
     * reader is a subscriber; a guest has no role.
     */
    static String userRole(ModeratedComment c) {
        if (!c.loggedIn()) {
            return null;
        }
        Set<Role> roles = Roles.parse(c.authorRoles);
        if (roles.contains(Role.ADMIN)) {
            return "administrator";
        }
        if (roles.contains(Role.EDITOR) || roles.contains(Role.MODERATOR)) {
            return "editor";
        }
        if (roles.contains(Role.FACT_CHECKER)) {
            return "author";
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
