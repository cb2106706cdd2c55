package io.newsroom.comment.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FloodKeysTest {

    private static Author anonymous(String email) {
        return new Author("Ann", email, null, null, List.of());
    }

    @Test
    void aLoggedInReaderIsTheirSubjectAlone() {
        Author erin = new Author("Erin", "erin@example.net", null, "sub-erin", List.of());
        assertEquals(1, FloodKeys.lockIds(erin, "203.0.113.7").size());
        assertEquals(FloodKeys.lockIds(erin, "203.0.113.7"), FloodKeys.lockIds(erin, "198.51.100.1"), "the IP does not count");
        assertNotEquals(FloodKeys.lockIds(erin, null), FloodKeys.lockIds(anonymous("erin@example.net"), null),
                "an anonymous reply typing her address is not her");
    }

    @Test
    void anAnonymousReaderIsTheirEmailAndTheirAddressInOneOrder() {
        List<Long> ids = FloodKeys.lockIds(anonymous("Ann@Example.net "), "203.0.113.7");
        assertEquals(2, ids.size());
        assertEquals(ids.stream().sorted().toList(), ids, "always taken lowest first, so two replies never deadlock");
        assertEquals(ids, FloodKeys.lockIds(anonymous("ann@example.net"), "203.0.113.7"), "the email's case does not matter");
        assertEquals(List.of(FloodKeys.lockId("email:ann@example.net")), FloodKeys.lockIds(anonymous("ann@example.net"), null));
    }
}
