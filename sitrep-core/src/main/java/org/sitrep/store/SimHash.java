package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of a text over its word shingles: texts that share most of their three-word runs get
 * hashes a few bits apart, so a syndicated copy with another headline, byline or footer is found by Hamming
 * distance. Stateless and thread-safe.
 */
public final class SimHash {

    /** Words per shingle. */
    public static final int SHINGLE = 3;
    /** Texts with fewer shingles than this get no hash: too short to call two of them copies. */
    public static final int MIN_SHINGLES = 8;
    /** Hashes at most this many bits apart are near-duplicates. */
    public static final int NEAR = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SimHash() {
    }

    /** The hash of {@code text}, or empty when it has fewer than {@link #MIN_SHINGLES} shingles. */
    public static OptionalLong of(String text) {
        Objects.requireNonNull(text, "text");
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        int shingles = words.size() - SHINGLE + 1;
        if (shingles < MIN_SHINGLES) {
            return OptionalLong.empty();
        }
        int[] votes = new int[64];
        for (int i = 0; i < shingles; i++) {
            long h = fnv1a(String.join(" ", words.subList(i, i + SHINGLE)));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
            }
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return OptionalLong.of(hash);
    }

    /** How many bits two hashes differ in. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** 64-bit FNV-1a over the UTF-16 units, then mixed, so that nearby strings spread over all bits. */
    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
