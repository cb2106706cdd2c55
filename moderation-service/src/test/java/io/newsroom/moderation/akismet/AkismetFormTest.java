package io.newsroom.moderation.akismet;

import io.newsroom.moderation.store.ModeratedComment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** user_role in WordPress' names, as Akismet's model reads them. */
class AkismetFormTest {

    static ModeratedComment by(String subject, String roles) {
        ModeratedComment c = new ModeratedComment();
        c.authorSubject = subject;
        c.authorRoles = roles;
        return c;
    }

    @Test
    void ourRealmRolesAreSentAsWordPressRoles() {
        assertEquals("administrator", AkismetForm.userRole(by("s", "editor,admin")));
        assertEquals("editor", AkismetForm.userRole(by("s", "editor")));
        assertEquals("editor", AkismetForm.userRole(by("s", "moderator")), "WordPress editors moderate comments");
        assertEquals("author", AkismetForm.userRole(by("s", "fact-checker")));
        assertEquals("editor", AkismetForm.userRole(by("s", "fact-checker,moderator")), "the highest role");
        assertEquals("subscriber", AkismetForm.userRole(by("s", null)));
        assertEquals("subscriber", AkismetForm.userRole(by("s", "offline_access,uma_authorization")));
        assertNull(AkismetForm.userRole(by(null, "admin")), "a guest has no role, whatever the event claims");
    }
}
