package org.sitrep.actors;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The part of a society an actor belongs to, with PLOVER/CAMEO-style three-letter codes. The code is the
 * enum name and is what dictionary files and the output use.
 */
public enum Sector {
    GOV("government, executive, diplomats"),
    MIL("armed forces of a state"),
    SPY("intelligence services"),
    COP("police and internal security"),
    LEG("parliament, lawmakers"),
    JUD("courts, judges, prosecutors"),
    OPP("political opposition"),
    PTY("political party"),
    REB("rebels, insurgents, militant and armed groups"),
    UAF("armed forces not under a state's command, e.g. private military companies"),
    CRM("criminals, gangs"),
    CVL("civilians, residents, protesters, refugees"),
    ELI("elites: former officials and other notable people without an office"),
    JRN("journalists and media"),
    BUS("businesses"),
    LAB("labour, trade unions"),
    EDU("education, universities, students"),
    HLH("health workers and bodies"),
    REL("religious leaders and bodies"),
    NGO("non-governmental organisations"),
    IGO("international governmental organisations");

    private final String description;

    Sector(String description) {
        this.description = description;
    }

    /** A few words saying who belongs to this sector. */
    public String description() {
        return description;
    }

    /**
     * The sector with this code.
     *
     * @throws IllegalArgumentException naming the code and the known ones
     */
    public static Sector fromCode(String code) {
        for (Sector sector : values()) {
            if (sector.name().equals(code)) {
                return sector;
            }
        }
        throw new IllegalArgumentException("unknown sector '" + code + "' (known: "
                + Arrays.stream(values()).map(Sector::name).collect(Collectors.joining(", ")) + ")");
    }
}
