package io.newsroom.comment.intake;

import java.util.UUID;

/** A freshly stored comment and the raw status token, which exists nowhere else. */
record StoredComment(UUID id, String statusToken) {
}
