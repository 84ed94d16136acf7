package org.sitrep.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The head word of a name, the word that says what it names: the last word, or the word before "of" ("Museum"
 * in "The Museum of Flight", "University" in "University of Sheffield"). A building or site is a place
 * ("Johnson Space Center", "Fisht Stadium"), a body an organisation ("Italian Episcopal Conference").
 */
final class HeadWords {

    /** Heads of the names of buildings and sites, which are places where things happen, not actors. */
    private static final Set<String> FACILITIES = Set.of("museum", "center", "centre", "station", "stadium",
            "arena", "airport", "hall", "tower", "towers", "base", "complex", "gallery", "galleries", "planetarium",
            "mosque", "cathedral", "temple", "hotel", "bridge", "square", "street", "road", "avenue", "facility",
            "pad", "factory", "hospital", "memorial");

    /** Heads of the names of organisations. */
    private static final Set<String> BODIES = Set.of("party", "church", "council", "union", "association",
            "ministry", "university", "college", "committee", "front", "army", "agency", "institute", "foundation",
            "society", "conference", "federation", "league", "movement", "commission", "department",
            "organisation", "organization", "corporation", "company", "court", "police", "bank", "board",
            "authority", "service", "office", "assembly", "parliament", "senate", "congress", "club", "democrats",
            "republicans", "municipality", "administration", "government",
            // news outlets: "Toronto Star", "Saudi Gazette", "The Canadian Press"
            "gazette", "times", "post", "herald", "journal", "tribune", "weekly", "magazine", "press", "news",
            "star", "mail", "daily", "chronicle", "telegraph", "observer", "guardian");

    private HeadWords() {
    }

    /** Names of faiths, which CoreNLP may tag as organisations: a faith is not a body ("Islam's holiest site"). */
    private static final Set<String> FAITHS = Set.of("Islam", "Christianity", "Judaism", "Hinduism", "Buddhism",
            "Sikhism", "Jainism", "Taoism", "Shinto", "Zoroastrianism");

    /** The head of a name given as words: the word before the first "of", or the last word. */
    static String head(List<String> words) {
        int of = words.indexOf("of");
        String head = of > 0 ? words.get(of - 1) : words.get(words.size() - 1);
        return head.toLowerCase(Locale.ROOT);
    }

    static boolean facility(List<String> words) {
        return FACILITIES.contains(head(words));
    }

    static boolean body(List<String> words) {
        return BODIES.contains(head(words));
    }

    /** Whether the name is that of a faith, not of a church or another body. */
    static boolean faith(String name) {
        return FAITHS.contains(name);
    }
}
