package io.newsroom.comment.privacy;

import java.util.List;

import io.newsroom.comment.problem.ProblemException;
import io.newsroom.comment.problem.Violation;

/** The body of an admin's request: exactly one of an email address or a Keycloak subject (never in the URL). */
public record PersonRef(String email, String subject) {

    public static PersonRef ofSubject(String subject) {
        return new PersonRef(null, subject);
    }

    /** A 400 problem unless exactly one is given, and well formed. */
    public PersonRef checked() {
        boolean hasEmail = email != null && !email.isBlank();
        boolean hasSubject = subject != null && !subject.isBlank();
        if (hasEmail == hasSubject) {
            throw ProblemException.invalid(List.of(new Violation("email", "give an email or a subject, not both"),
                    new Violation("subject", "give an email or a subject, not both")));
        }
        if (hasEmail && (email.trim().length() > 100 || !email.contains("@"))) {
            throw ProblemException.invalid("email", "must be an email address of at most 100 characters");
        }
        if (hasSubject && subject.length() > 255) {
            throw ProblemException.invalid("subject", "size must be at most 255");
        }
        return hasEmail ? new PersonRef(email.trim(), null) : this;
    }

    public boolean byEmail() {
        return email != null;
    }

    public String by() {
        return byEmail() ? "email" : "subject";
    }

    public String hash() {
        return byEmail() ? PersonHash.ofEmail(email) : PersonHash.ofSubject(subject);
    }

    /** Never the email: records print their components, and these end up in logs. */
    @Override
    public String toString() {
        return "PersonRef[" + by() + "]";
    }
}
