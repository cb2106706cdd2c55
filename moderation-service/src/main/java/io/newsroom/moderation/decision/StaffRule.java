package io.newsroom.moderation.decision;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Comments by logged-in editors and admins are approved (the disallowed list still applies before). */
public final class StaffRule implements Rule {
    @Override
    public Source source() {
        return Source.STAFF;
    }

    @Override
    public Optional<Finding> judge(CommentFacts facts, Policy policy) {
        if (!facts.loggedIn()) {
            return Optional.empty();
        }
        // the highest role names the staff member: ADMIN before EDITOR
        return facts.roles().stream().filter(Role::isStaff).min(Comparator.naturalOrder())
                .map(role -> Finding.rule(Source.STAFF, CommentStatus.APPROVED, "staff",
                        "approved: written by staff (" + role.name().toLowerCase(Locale.ROOT) + ")"));
    }
}
