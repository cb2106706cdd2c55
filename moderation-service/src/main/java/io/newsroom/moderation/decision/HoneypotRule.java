package io.newsroom.moderation.decision;

import java.util.Optional;

/**
 * A filled honeypot field is a strong bot signal but not proof (autofill, a broken theme: antispam-bee#544), so it
 * holds the comment rather than trashing it; Akismet has already seen the field.
 */
public final class HoneypotRule implements Rule {
    @Override
    public Source source() {
        return Source.HONEYPOT;
    }

    @Override
    public Optional<Finding> judge(CommentFacts facts, Policy policy) {
        return facts.honeypotFilled()
                ? Optional.of(Finding.rule(Source.HONEYPOT, CommentStatus.PENDING, "honeypot",
                        "held: the hidden honeypot field was filled"))
                : Optional.empty();
    }
}
