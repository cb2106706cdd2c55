package io.newsroom.web.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OwnRepliesTest {

    static OwnReplies.Entry entry() {
        return new OwnReplies.Entry(UUID.randomUUID(), UUID.randomUUID(), "Tok_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void theCookieKeepsTheNewestTenLinksNewestFirst() {
        List<OwnReplies.Entry> entries = new java.util.ArrayList<>();
        String cookie = "";
        for (int i = 0; i < 12; i++) {
            OwnReplies.Entry added = entry();
            entries.add(0, added);
            cookie = OwnReplies.with(OwnReplies.parse(cookie), added);
        }
        assertEquals(entries.subList(0, 10), OwnReplies.parse(cookie));
    }

    @Test
    void aDamagedOrForgedEntryIsDroppedAndTheRestKept() {
        OwnReplies.Entry good = entry();
        String cookie = "junk." + OwnReplies.format(List.of(good)) + ".a~b~c." + UUID.randomUUID() + "~" + UUID.randomUUID()
                + "~<script>";
        assertEquals(List.of(good), OwnReplies.parse(cookie));
        assertTrue(OwnReplies.parse(null).isEmpty());
    }
}
