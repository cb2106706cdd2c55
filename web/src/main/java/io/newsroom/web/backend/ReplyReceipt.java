package io.newsroom.web.backend;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** comment-service's 202: the new reply's id and its private status link. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplyReceipt(UUID id, String status, String statusUrl) {

    /** The token of the status link: the only key to the reply's status. */
    public String token() {
        int at = statusUrl == null ? -1 : statusUrl.indexOf("token=");
        return at < 0 ? null : java.net.URLDecoder.decode(statusUrl.substring(at + 6), java.nio.charset.StandardCharsets.UTF_8);
    }
}
