package org.sitrep.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

    @Test
    void sizesAreReadInPowersOf1024() {
        assertEquals(16L * 1024 * 1024, ByteSizes.parse("16MiB"));
        assertEquals(16L * 1024 * 1024, ByteSizes.parse("16m"));
        assertEquals(500L * 1024, ByteSizes.parse("500k"));
        assertEquals(2L * 1024 * 1024 * 1024, ByteSizes.parse("2 GB"));
        assertEquals(1234, ByteSizes.parse("1234"));
    }

    @Test
    void badSizesAreRejectedWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse("lots"));
        assertEquals("not a size: 'lots' (write e.g. 16MiB, 500k or 1048576)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse("-5"));
        assertThrows(IllegalArgumentException.class, () -> ByteSizes.parse("9999999999999999999G"));
    }

    @Test
    void sizesAreDescribedForPeople() {
        assertEquals("50.0 MiB (52428800 bytes)", ByteSizes.describe(52_428_800));
        assertEquals("1 byte", ByteSizes.describe(1));
        assertEquals("1.5 KiB (1536 bytes)", ByteSizes.describe(1536));
    }
}
