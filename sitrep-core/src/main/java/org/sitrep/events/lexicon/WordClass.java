package org.sitrep.events.lexicon;

import java.util.Locale;

/** The part of speech a trigger's first word must have when the caller knows it. */
public enum WordClass {
    VERB("V"), NOUN("N"), ADJECTIVE("A"), MODAL("M"), ANY("*");

    private final String code;

    WordClass(String code) {
        this.code = code;
    }

    /** The one-letter code used in {@code triggers.tsv}. */
    public String code() {
        return code;
    }

    /** The class of a one-letter code. */
    public static WordClass ofCode(String code) {
        for (WordClass c : values()) {
            if (c.code.equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown word class '" + code + "' (use V, N, A, M or *)");
    }

    /**
     * Whether a part-of-speech tag (Penn Treebank like {@code VBD}, {@code NNS}, {@code JJ}, {@code MD}, or
     * Universal like {@code VERB}, {@code NOUN}, {@code ADJ}, {@code AUX}) fits this class; a null tag fits
     * every class.
     */
    public boolean accepts(String tag) {
        if (tag == null || this == ANY) {
            return true;
        }
        String t = tag.toUpperCase(Locale.ROOT);
        return switch (this) {
            case VERB -> t.startsWith("VB") || t.equals("VERB");
            case NOUN -> t.startsWith("NN") || t.equals("NOUN") || t.equals("PROPN");
            case ADJECTIVE -> t.startsWith("JJ") || t.equals("ADJ") || t.startsWith("VBN");
            case MODAL -> t.equals("MD") || t.equals("AUX");
            case ANY -> true;
        };
    }
}
