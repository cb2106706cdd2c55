package io.newsroom.comment.intake;

import java.util.List;

/** Who is replying: from the token when logged in, else from the form. */
public record Author(String name, String email, String url, String subject, List<String> roles) {

    public boolean loggedIn() {
        return subject != null;
    }
}
