package io.newsroom.moderation.privacy;

import io.newsroom.moderation.problem.ProblemException;
import io.newsroom.moderation.problem.Violation;

import java.util.List;

/** The body of an export request: exactly one of an email address or a Keycloak subject. */
public record PersonRef(String email, String subject) {

    /** {@code by} ("email" or "subject") and the person's hash; a 400 problem when the body does not say one. */
    public String[] resolve() {
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasSubject = subject != null && !subject.isBlank();
        if (hasEmail == hasSubject) {
            throw ProblemException.invalid(List.of(new Violation("email", "give an email or a subject, not both"),
                    new Violation("subject", "give an email or a subject, not both")));
        }
        if (hasEmail && (email.length() > 255 || !email.contains("@"))) {
            throw ProblemException.invalid("email", "must be an email address");
        }
        if (hasSubject && subject.length() > 255) {
            throw ProblemException.invalid("subject", "size must be at most 255");
        }
        return hasEmail ? new String[] {"email", PersonHash.ofEmail(email)} : new String[] {"subject", PersonHash.ofSubject(subject)};
    }
}
