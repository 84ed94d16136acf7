package org.sitrep.events.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * The 16 event types of PLOVER (Open Event Data Alliance), in the order of its manual, each with the modes the
 * manual and the 2021 CAMEO-to-PLOVER table name for it. A lexicon entry may use only those modes.
 */
public enum PloverType {
    AGREE(Quad.VERBAL_COOPERATION),
    CONSULT(Quad.VERBAL_COOPERATION, "visit", "third-party", "multilateral", "phone"),
    SUPPORT(Quad.VERBAL_COOPERATION),
    CONCEDE(Quad.VERBAL_COOPERATION),
    COOPERATE(Quad.MATERIAL_COOPERATION),
    AID(Quad.MATERIAL_COOPERATION, "economic", "military", "humanitarian", "asylum"),
    RETREAT(Quad.MATERIAL_COOPERATION, "withdraw", "release", "return", "disarm", "ceasefire", "access", "resign"),
    REQUEST(Quad.VERBAL_CONFLICT, "assist", "change", "yield", "meet"),
    ACCUSE(Quad.VERBAL_CONFLICT, "disapprove", "allege", "investigate"),
    REJECT(Quad.VERBAL_CONFLICT, "assist", "change", "yield", "meet"),
    THREATEN(Quad.VERBAL_CONFLICT, "restrict", "ban", "arrest", "relations", "expel", "territory", "violence",
            "political"),
    PROTEST(Quad.MATERIAL_CONFLICT, "demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott",
            "obstruct"),
    SANCTION(Quad.MATERIAL_CONFLICT, "convict", "cancel", "expel", "withdraw", "sever"),
    MOBILIZE(Quad.MATERIAL_CONFLICT, "troops", "weapons", "police"),
    COERCE(Quad.MATERIAL_CONFLICT, "confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest",
            "deport", "withhold"),
    ASSAULT(Quad.MATERIAL_CONFLICT, "abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy",
            "primitive", "firearms", "explosives", "suicide-attack", "heavy-weapons");

    /** PLOVER's grouping of the types, the same four classes as CAMEO's QuadClass. */
    public enum Quad { VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT }

    private final Quad quad;
    private final Set<String> modes;

    PloverType(Quad quad, String... modes) {
        this.quad = quad;
        this.modes = Set.of(modes);
    }

    /** Verbal or material, cooperation or conflict. */
    public Quad quad() {
        return quad;
    }

    /** The mode names this type allows; empty when PLOVER gives it none. */
    public Set<String> modes() {
        return modes;
    }

    /**
     * The type of a name, case-insensitive, also accepting the older labels of the PLOVER gold standard
     * (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static PloverType of(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        return switch (upper) {
            case "DEMAND" -> REQUEST;
            case "DISAPPROVE", "INVESTIGATE" -> ACCUSE;
            case "FIGHT" -> ASSAULT;
            default -> valueOf(upper);
        };
    }
}
