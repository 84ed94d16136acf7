package org.sitrep.bench.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The actors synthetic articles are about: every country of sitrep's bundled dictionary and a few dozen of its
 * groups and international bodies, with their codes. Read once from the dictionaries in sitrep-core; immutable.
 */
final class ActorPool {

    /** One actor to write about. */
    record Entry(String code, String name, String country, String sector, String kind) {
    }

    private static final String DICTIONARIES = "/org/sitrep/actors/";

    private final List<Entry> countries;
    private final List<Entry> groups;

    private ActorPool(List<Entry> countries, List<Entry> groups) {
        this.countries = List.copyOf(countries);
        this.groups = List.copyOf(groups);
    }

    /** The countries and the first {@code groupsPerFile} groups of each group dictionary. */
    static ActorPool bundled(int groupsPerFile) {
        List<Entry> countries = new ArrayList<>();
        for (String[] row : rows("countries.tsv")) {
            if (row[0].matches("[A-Z]{3}") && row.length > 1) {
                countries.add(new Entry(row[0], row[1], row[0], null, "country"));
            }
        }
        List<Entry> groups = new ArrayList<>();
        for (String file : List.of("armed_groups.tsv", "igos.tsv")) {
            rows(file).stream().filter(row -> row.length >= 5 && !row[0].equals("id")).limit(groupsPerFile)
                    .forEach(row -> groups.add(group(row)));
        }
        return new ActorPool(countries, groups);
    }

    private static Entry group(String[] row) {
        // codes: "AFG REB" or "- IGO", or several dated ones separated by "|": the first is enough here
        String[] code = row[4].split("\\|")[0].trim().split("\\s+");
        String country = code[0].equals("-") ? null : code[0];
        String sector = code.length > 1 && !code[1].equals("-") ? code[1] : null;
        return new Entry(row[0], row[2], country, sector, row[1]);
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(ActorPool.class.getResourceAsStream(DICTIONARIES + file),
                "sitrep-core lacks the dictionary " + file);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return rows;
    }

    List<Entry> countries() {
        return countries;
    }

    List<Entry> groups() {
        return groups;
    }
}
