package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitrepServerTest {

    @Test
    void hostNameDropsThePort() {
        assertEquals("localhost", SitrepServer.hostName("LocalHost:8080"));
        assertEquals("127.0.0.1", SitrepServer.hostName("127.0.0.1"));
        assertEquals("[::1]", SitrepServer.hostName("[::1]:8080"));
        assertEquals("", SitrepServer.hostName(null));
    }

    @Test
    void loopbackAddressesAreKnown() {
        assertTrue(SitrepServer.isLoopback("127.0.0.1"));
        assertTrue(SitrepServer.isLoopback("::1"));
        assertFalse(SitrepServer.isLoopback("0.0.0.0"));
    }

    @Test
    void portOutOfRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SitrepServer.start("127.0.0.1", 70_000, List.of()));
        assertEquals("port must be 0 to 65535, not 70000", e.getMessage());
    }

    @Test
    void routesOutsideTheApiFolderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ApiRoute("/static/x", java.util.Set.of(), (q, p) -> 1));
    }
}
