package org.sitrep.actors;

/** How an alias names its actor; recognition treats an adjective differently from a name. */
public enum AliasForm {
    /** The canonical name of the entry. */
    NAME,
    /** Another name, short form or abbreviation: "USA", "Daesh". */
    ALIAS,
    /** An adjective or demonym of a country: "Pakistani", "Chinese", "Americans". */
    ADJECTIVE,
    /** A capital or seat of power standing for an institution: "the Kremlin", "the Pentagon". */
    SEAT
}
