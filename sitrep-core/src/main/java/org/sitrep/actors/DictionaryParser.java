package org.sitrep.actors;

import org.sitrep.pipeline.SourceLine;
import org.sitrep.pipeline.DataFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one dictionary file. The first line that is neither blank nor a {@code #} comment is the header,
 * and it decides what the file holds:
 * <pre>
 * code  name  aliases  adjectives  seats     countries: seats are capitals and seats of power
 * id    kind  name     aliases     codes     any other actor
 * sector phrases                             role words
 * </pre>
 * Columns are separated by one tab; lists inside a column by {@code |}. An alias or seat may end in a
 * sector in brackets, {@code the Pentagon(MIL)}; a seat without one means {@code GOV}. {@code codes} is a
 * {@code |} list of {@code COUNTRY SECTOR [FROM..UNTIL]} with {@code -} for no country or no sector and ISO
 * dates, both ends included and either end open: {@code AFG REB ..2021-08-14 | AFG GOV 2021-08-15..}.
 */
final class DictionaryParser {

    /** What one file holds. */
    record Contents(List<ActorEntry> entries, List<Role> roles) {
    }

    private static final List<String> COUNTRY_HEADER = List.of("code", "name", "aliases", "adjectives", "seats");
    private static final List<String> ACTOR_HEADER = List.of("id", "kind", "name", "aliases", "codes");
    private static final List<String> ROLE_HEADER = List.of("sector", "phrases");
    private static final Pattern TRAILING_SECTOR = Pattern.compile("(.*?)\\s*\\(([A-Z]{3})\\)");
    private static final Pattern DATES = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?");

    private final String source;
    private final List<ActorEntry> entries = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    private DictionaryParser(String source) {
        this.source = source;
    }

    /**
     * Parses a whole file.
     *
     * @param source the name used in error messages
     * @throws DataFileException for the first malformed line, naming file and line
     */
    static Contents parse(String source, BufferedReader reader) throws IOException {
        DictionaryParser parser = new DictionaryParser(source);
        List<String> header = null;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (header == null) {
                header = parser.header(fields, number);
            } else {
                parser.line(header, fields, new SourceLine(source, number));
            }
        }
        if (header == null) {
            throw new DataFileException(source, 0, "no header line");
        }
        return new Contents(List.copyOf(parser.entries), List.copyOf(parser.roles));
    }

    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        for (String field : line.split("\t", -1)) {
            fields.add(field.strip());
        }
        return fields;
    }

    private List<String> header(List<String> fields, int number) {
        for (List<String> known : List.of(COUNTRY_HEADER, ACTOR_HEADER, ROLE_HEADER)) {
            if (known.equals(fields)) {
                return known;
            }
        }
        throw new DataFileException(source, number, "unknown header " + fields + "; expected one of "
                + COUNTRY_HEADER + ", " + ACTOR_HEADER + " or " + ROLE_HEADER + ", tab-separated");
    }

    private void line(List<String> header, List<String> fields, SourceLine origin) {
        if (fields.size() != header.size()) {
            throw error(origin, "expected " + header.size() + " tab-separated columns " + header + " but found "
                    + fields.size());
        }
        try {
            if (header == ROLE_HEADER) {
                role(fields, origin);
            } else {
                ActorEntry entry = header == COUNTRY_HEADER ? country(fields, origin) : actor(fields, origin);
                if (!seen.add(entry.id())) {
                    throw error(origin, "duplicate id " + entry.id() + " in this file");
                }
                entries.add(entry);
            }
        } catch (IllegalArgumentException e) {
            throw error(origin, e.getMessage());
        }
    }

    private ActorEntry country(List<String> fields, SourceLine origin) {
        String code = fields.get(0);
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country code must be three capital letters: '" + code + "'");
        }
        List<Alias> aliases = names(fields.get(1), fields.get(2));
        aliases.addAll(list(fields.get(3), AliasForm.ADJECTIVE, null));
        aliases.addAll(list(fields.get(4), AliasForm.SEAT, Sector.GOV));
        CodePeriod always = new CodePeriod(code, null, null, null);
        return new ActorEntry(code, ActorKind.COUNTRY, fields.get(1), aliases, List.of(always), origin);
    }

    private ActorEntry actor(List<String> fields, SourceLine origin) {
        ActorKind kind = ActorKind.fromLabel(fields.get(1));
        List<CodePeriod> periods = new ArrayList<>();
        for (String period : split(fields.get(4))) {
            periods.add(period(period));
        }
        List<Alias> aliases = names(fields.get(2), fields.get(3));
        return new ActorEntry(fields.get(0), kind, fields.get(2), aliases, periods, origin);
    }

    private void role(List<String> fields, SourceLine origin) {
        Sector sector = Sector.fromCode(fields.get(0));
        for (String phrase : split(fields.get(1))) {
            if (!seen.add(String.join(" ", PhraseTrie.words(phrase)).toLowerCase(Locale.ROOT))) {
                throw error(origin, "duplicate role phrase '" + phrase + "' in this file");
            }
            roles.add(new Role(phrase, sector, origin));
        }
    }

    private static List<Alias> names(String name, String aliases) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
        List<Alias> all = new ArrayList<>();
        all.add(new Alias(name, AliasForm.NAME, null));
        all.addAll(list(aliases, AliasForm.ALIAS, null));
        return all;
    }

    private static List<Alias> list(String column, AliasForm form, Sector fallback) {
        List<Alias> aliases = new ArrayList<>();
        for (String item : split(column)) {
            Matcher m = TRAILING_SECTOR.matcher(item);
            if (m.matches()) {
                aliases.add(new Alias(m.group(1), form, Sector.fromCode(m.group(2))));
            } else {
                aliases.add(new Alias(item, form, fallback));
            }
        }
        return aliases;
    }

    private static CodePeriod period(String text) {
        String[] parts = text.split("\\s+");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("codes must read 'COUNTRY SECTOR [FROM..UNTIL]': '" + text + "'");
        }
        String country = parts[0].equals("-") ? null : parts[0];
        Sector sector = parts[1].equals("-") ? null : Sector.fromCode(parts[1]);
        if (parts.length == 2) {
            return new CodePeriod(country, sector, null, null);
        }
        Matcher m = DATES.matcher(parts[2]);
        if (!m.matches()) {
            throw new IllegalArgumentException("period must read FROM..UNTIL with yyyy-MM-dd dates: '" + parts[2] + "'");
        }
        return new CodePeriod(country, sector, date(m.group(1)), date(m.group(2)));
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad date '" + text + "'", e);
        }
    }

    private static List<String> split(String column) {
        List<String> items = new ArrayList<>();
        for (String item : column.split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }

    private DataFileException error(SourceLine origin, String message) {
        return new DataFileException(source, origin.line(), message);
    }
}
