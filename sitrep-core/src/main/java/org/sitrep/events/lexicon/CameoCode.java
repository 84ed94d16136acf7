package org.sitrep.events.lexicon;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A CAMEO event code with its PLOVER type, as sitrep uses it.
 *
 * @param code two to four digits, e.g. {@code "111"} or {@code "1823"}
 * @param type the PLOVER type of the code by the 2021 CAMEO-to-PLOVER table (one documented exception: see
 *     {@code cameo.tsv})
 * @param description a short description, in sitrep's words
 */
public record CameoCode(String code, PloverType type, String description) {

    private static final Pattern CODE = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not a CAMEO code: '" + code + "'");
        }
    }

    /** The two-digit root ("cue category"), e.g. {@code "11"}. */
    public String root() {
        return code.substring(0, 2);
    }

    /**
     * CAMEO's QuadClass by root code, as GDELT exports it: 1 verbal cooperation (01-05), 2 material cooperation
     * (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
     */
    public int quadClass() {
        int root = Integer.parseInt(root());
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    /**
     * The Goldstein conflict-cooperation score of the root code ({@code "X0"}), as published with CAMEO and used
     * by GDELT for the root codes; subcodes have their own scores, which this table does not claim.
     */
    public OptionalDouble rootGoldstein() {
        return CameoTable.rootGoldstein(root());
    }
}
