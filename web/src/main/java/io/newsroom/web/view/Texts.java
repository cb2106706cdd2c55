package io.newsroom.web.view;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers the pages share: dates as people read them, paragraphs, safe links. */
public final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Texts() {
    }

    public static String day(Instant at) {
        return at == null ? "" : DAY.format(at);
    }

    public static String dayTime(Instant at) {
        return at == null ? "" : DAY_TIME.format(at);
    }

    public static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    /** Text as typed, cut into paragraphs (blank lines) of lines: the template escapes each and joins them. */
    public static List<List<String>> paragraphs(String text) {
        List<List<String>> paragraphs = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return paragraphs;
        }
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!block.isBlank()) {
                paragraphs.add(List.of(block.strip().split("\n")));
            }
        }
        return paragraphs;
    }

    /** Only http and https addresses become links (a javascript: or data: "website" is shown as nothing). */
    public static String safeHref(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    public static String tagHref(String tag) {
        return "/tags/" + java.net.URLEncoder.encode(tag, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String excerpt(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1).strip() + "…";
    }

    public static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The path of a permalink (https://news.example.org/articles/x → /articles/x), so links stay on this site. */
    public static String localPath(String permalink) {
        if (permalink == null) {
            return null;
        }
        try {
            String path = new URI(permalink).getRawPath();
            return path == null || !path.startsWith("/articles/") ? null : path;
        } catch (Exception e) {
            return null;
        }
    }
}
