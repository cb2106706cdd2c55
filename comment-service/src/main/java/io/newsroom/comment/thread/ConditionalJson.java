package io.newsroom.comment.thread;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Public JSON with a strong ETag over the exact bytes, so a CDN or browser revalidates with
 * If-None-Match and gets a body-less 304 when nothing changed.
 */
@ApplicationScoped
public class ConditionalJson {

    @Inject
    ObjectMapper mapper;

    public Response respond(Object body, String ifNoneMatch, Duration maxAge) throws JsonProcessingException {
        return respond(render(body), ifNoneMatch, maxAge);
    }

    /** The bytes and their ETag, to be served many times. */
    public ThreadCache.Rendered render(Object body) throws JsonProcessingException {
        byte[] json = mapper.writeValueAsBytes(body);
        return new ThreadCache.Rendered(json, "\"" + digest(json) + "\"", System.nanoTime());
    }

    public Response respond(ThreadCache.Rendered rendered, String ifNoneMatch, Duration maxAge) {
        byte[] json = rendered.json();
        String etag = rendered.etag();
        String cacheControl = "public, max-age=" + maxAge.toSeconds();
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return Response.notModified().header("ETag", etag).header("Cache-Control", cacheControl).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("ETag", etag).header("Cache-Control", cacheControl).build();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String digest(byte[] json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
