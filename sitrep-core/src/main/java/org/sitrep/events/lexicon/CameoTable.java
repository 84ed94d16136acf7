package org.sitrep.events.lexicon;

import org.sitrep.pipeline.DataFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The CAMEO codes sitrep's lexicon uses, with their PLOVER types, read from the bundled {@code cameo.tsv}
 * ({@code code<TAB>TYPE<TAB>description}). Immutable and thread-safe.
 */
public final class CameoTable {

    /** Goldstein scores of the CAMEO root codes (the "X0" codes), as published with CAMEO and used by GDELT. */
    private static final Map<String, Double> ROOT_GOLDSTEIN = Map.ofEntries(
            Map.entry("01", 0.0), Map.entry("02", 3.0), Map.entry("03", 4.0), Map.entry("04", 1.0),
            Map.entry("05", 3.5), Map.entry("06", 6.0), Map.entry("07", 7.0), Map.entry("08", 5.0),
            Map.entry("09", -2.0), Map.entry("10", -5.0), Map.entry("11", -2.0), Map.entry("12", -4.0),
            Map.entry("13", -4.4), Map.entry("14", -6.5), Map.entry("15", -7.2), Map.entry("16", -4.0),
            Map.entry("17", -7.0), Map.entry("18", -9.0), Map.entry("19", -10.0), Map.entry("20", -10.0));

    private final Map<String, CameoCode> byCode;

    private CameoTable(Map<String, CameoCode> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    /** The bundled table. */
    public static CameoTable bundled() {
        Map<String, CameoCode> map = new LinkedHashMap<>();
        for (TsvReader.Row row : TsvReader.resource("cameo.tsv", 3)) {
            CameoCode code = TsvReader.parse(row,
                    r -> new CameoCode(r.fields().get(0), PloverType.of(r.fields().get(1)), r.fields().get(2)));
            if (map.put(code.code(), code) != null) {
                throw new DataFileException(row.where().source(), row.where().line(), "code listed twice: " + code.code());
            }
        }
        return new CameoTable(map);
    }

    /** The entry for a code, if sitrep uses it. */
    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** All codes, in no particular order. */
    public List<CameoCode> codes() {
        return List.copyOf(byCode.values());
    }

    static OptionalDouble rootGoldstein(String root) {
        Double g = ROOT_GOLDSTEIN.get(root);
        return g == null ? OptionalDouble.empty() : OptionalDouble.of(g);
    }
}
