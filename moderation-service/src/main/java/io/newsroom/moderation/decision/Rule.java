package io.newsroom.moderation.decision;

import java.util.Optional;

/** One small rule of the site's: a finding, or nothing to let the next rule look. */
public interface Rule {

    Source source();

    Optional<Finding> judge(CommentFacts facts, Policy policy);
}
