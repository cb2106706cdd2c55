package io.newsroom.comment.privacy;

import java.util.List;

/** All comments left under one email address. */
public record PersonalDataExport(String email, int count, List<PersonalComment> comments) {
}
