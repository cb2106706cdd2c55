package io.newsroom.moderation.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** Everything moderation holds about one person: each comment's row as stored, its history and its Akismet feedback. */
@ApplicationScoped
public class PrivacyExport {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    @Transactional
    public JsonNode export(String by, String hash) {
        ObjectNode out = mapper.createObjectNode();
        out.put("service", PrivacyService.SERVICE);
        ArrayNode comments = out.putArray("comments");
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select cast(row_to_json(c) as text) from moderated_comment c where "
                + PrivacyService.match(by) + " order by received_at").setParameter(1, hash).getResultList();
        for (Object row : rows) {
            ObjectNode comment = (ObjectNode) read(row);
            String id = comment.path("id").asText();
            comment.set("history", list("select cast(row_to_json(h) as text) from moderation_history h "
                    + "where comment_id = cast(?1 as uuid) order by at, line_no", id));
            comment.set("akismetFeedback", list("select cast(row_to_json(f) as text) from akismet_feedback f "
                    + "where comment_id = cast(?1 as uuid) order by created_at", id));
            comments.add(comment);
        }
        out.put("count", comments.size());
        return out;
    }

    private ArrayNode list(String sql, String id) {
        ArrayNode array = mapper.createArrayNode();
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        rows.forEach(r -> array.add(read(r)));
        return array;
    }

    private JsonNode read(Object json) {
        try {
            return mapper.readTree(json.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
