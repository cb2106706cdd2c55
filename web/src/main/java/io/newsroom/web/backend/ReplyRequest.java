package io.newsroom.web.backend;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reply as comment-service takes it. The honeypot travels under its configured field name, so it is
 * written by {@link #honeypot()} rather than as a fixed property.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplyRequest(String author, String email, String url, String content, UUID parentId,
        @JsonIgnore String honeypotField, @JsonIgnore String honeypotValue) {

    @JsonAnyGetter
    public java.util.Map<String, String> honeypot() {
        return honeypotValue == null || honeypotValue.isEmpty() ? java.util.Map.of()
                : java.util.Map.of(honeypotField, honeypotValue);
    }
}
