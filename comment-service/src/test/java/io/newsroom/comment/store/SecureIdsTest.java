package io.newsroom.comment.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SecureIdsTest {

    @Test
    void idsAreRandomVersionFourUuids() {
        UUID id = SecureIds.uuid();
        assertEquals(4, id.version());
        assertEquals(2, id.variant());
        assertEquals(id, UUID.fromString(id.toString()));
    }

    @Test
    void threadsDrawingAtOnceNeverShareAnIdOrSecret() {
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        Set<String> secrets = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 40_000).parallel().forEach(i -> {
            ids.add(SecureIds.uuid());
            secrets.add(java.util.HexFormat.of().formatHex(SecureIds.bytes(32)));
        });
        assertEquals(40_000, ids.size());
        assertEquals(40_000, secrets.size());
    }
}
