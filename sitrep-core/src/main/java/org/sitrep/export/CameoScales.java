package org.sitrep.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The published numbers that go with a CAMEO event code: its Goldstein scale value (read from
 * {@code cameo-goldstein.tsv}) and its quad class. Immutable; load once with {@link #bundled()} and share.
 */
final class CameoScales {

    private final Map<String, Double> goldstein;

    private CameoScales(Map<String, Double> goldstein) {
        this.goldstein = Map.copyOf(goldstein);
    }

    static CameoScales bundled() {
        return new CameoScales(Tables.read("cameo-goldstein.tsv", 2, (fields, map) ->
                map.put(fields[0], Double.valueOf(fields[1]))));
    }

    /** The Goldstein value of the code, else of its base (three digits) or root (two digits) code; null if none. */
    Double goldstein(String cameo) {
        if (cameo == null) {
            return null;
        }
        for (int length = cameo.length(); length >= 2; length--) {
            Double value = goldstein.get(cameo.substring(0, length));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * GDELT's quad class of a CAMEO code from its root: 1 verbal cooperation (01-05), 2 material cooperation
     * (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20); null for anything else.
     */
    static Integer quadClass(String cameo) {
        if (cameo == null || cameo.length() < 2 || !cameo.substring(0, 2).matches("\\d\\d")) {
            return null;
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root < 1 || root > 20) {
            return null;
        }
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    /** Reads the tab-separated resource tables of this package ({@code #} starts a comment line). */
    static final class Tables {
        interface Row<T> {
            void add(String[] fields, T target);
        }

        private Tables() {
        }

        static <V> Map<String, V> read(String resource, int columns, Row<Map<String, V>> row) {
            Map<String, V> map = new HashMap<>();
            try (InputStream in = Objects.requireNonNull(CameoScales.class.getResourceAsStream(resource),
                    "missing resource " + resource);
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] fields = line.split("\t");
                    if (fields.length != columns) {
                        throw new IllegalStateException(resource + ": expected " + columns + " columns in '" + line + "'");
                    }
                    row.add(fields, map);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
            return map;
        }
    }
}
