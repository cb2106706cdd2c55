package io.newsroom.akismet.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator received on an Akismet path: header names are lower-case, fields are the
 * form body (POST) or the query string (GET), decoded, in the order sent.
 */
public record RecordedRequest(Instant at, String method, String path, Map<String, String> headers,
                              Map<String, List<String>> fields) {

    /** The first value of a form field, or null when it was not sent. */
    public String field(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    String toJson() {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"at\":").append(Json.quote(at.toString()));
        sb.append(",\"method\":").append(Json.quote(method));
        sb.append(",\"path\":").append(Json.quote(path));
        sb.append(",\"headers\":{");
        boolean first = true;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            sb.append(first ? "" : ",").append(Json.quote(h.getKey())).append(':').append(Json.quote(h.getValue()));
            first = false;
        }
        sb.append("},\"fields\":{");
        first = true;
        for (Map.Entry<String, List<String>> f : fields.entrySet()) {
            sb.append(first ? "" : ",").append(Json.quote(f.getKey())).append(':');
            List<String> values = f.getValue();
            if (values.size() == 1) {
                sb.append(Json.quote(values.get(0)));
            } else {
                sb.append('[');
                for (int i = 0; i < values.size(); i++) {
                    sb.append(i == 0 ? "" : ",").append(Json.quote(values.get(i)));
                }
                sb.append(']');
            }
            first = false;
        }
        return sb.append("}}").toString();
    }
}
