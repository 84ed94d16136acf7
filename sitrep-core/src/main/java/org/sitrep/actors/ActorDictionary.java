package org.sitrep.actors;

import org.sitrep.pipeline.DataFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The actors sitrep knows: every ISO 3166-1 country and territory, international bodies, armed groups,
 * media, and the role words that give a country mention a sector. Loaded from the TSV files bundled under
 * {@code org/sitrep/actors/} (their format is described at the top of each file and in
 * {@link DictionaryParser}) and from any user files, which extend the bundled ones and replace entries
 * with the same id.
 *
 * <pre>{@code
 * ActorDictionary actors = ActorDictionary.load(List.of(Path.of("my-actors.tsv")));
 * AliasMatch taliban = actors.lookup("the Taliban").get(0);
 * taliban.resolve(LocalDate.parse("2020-05-01"));  // TALIBAN, AFG, REB
 * actors.find("The Chinese and Russian foreign ministers met.");  // Chinese, Russian, foreign ministers
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads; build one per process.
 */
public final class ActorDictionary {

    /** The bundled files, in load order; each must have ids no other bundled file has. */
    static final List<String> BUNDLED = List.of(
            "countries.tsv", "igos.tsv", "armed_groups.tsv", "organisations.tsv", "media.tsv", "people.tsv",
            "places.tsv", "roles.tsv");

    private final Map<String, ActorEntry> byId;
    private final List<ActorEntry> entries;
    private final List<Role> roles;
    private final PhraseTrie trie;

    private ActorDictionary(Map<String, ActorEntry> byId, Collection<Role> roles) {
        this.byId = Map.copyOf(byId);
        this.entries = List.copyOf(byId.values());
        this.roles = List.copyOf(roles);
        this.trie = new PhraseTrie(entries, this.roles);
    }

    /** The bundled dictionaries alone. */
    public static ActorDictionary bundled() {
        return load(List.of());
    }

    /**
     * The bundled dictionaries extended by user files, applied in order: an entry whose id is already known
     * replaces the earlier one, a role phrase already known gets the new sector.
     *
     * @param extra user dictionary files in any of the three formats, possibly none
     * @throws DataFileException for a malformed line, naming file and line
     * @throws UncheckedIOException when a file cannot be read
     */
    public static ActorDictionary load(List<Path> extra) {
        Objects.requireNonNull(extra, "extra");
        Map<String, ActorEntry> byId = new LinkedHashMap<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        for (String name : BUNDLED) {
            DictionaryParser.Contents contents = readResource(name);
            for (ActorEntry entry : contents.entries()) {
                ActorEntry earlier = byId.put(entry.id(), entry);
                if (earlier != null) {
                    throw new DataFileException(name, entry.origin().line(),
                            "id " + entry.id() + " is already used at " + earlier.origin());
                }
            }
            contents.roles().forEach(role -> roles.put(roleKey(role.phrase()), role));
        }
        for (Path path : extra) {
            DictionaryParser.Contents contents = readFile(path);
            contents.entries().forEach(entry -> byId.put(entry.id(), entry));
            contents.roles().forEach(role -> roles.put(roleKey(role.phrase()), role));
        }
        checkCountries(byId);
        return new ActorDictionary(byId, roles.values());
    }

    private static DictionaryParser.Contents readResource(String name) {
        InputStream in = ActorDictionary.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled dictionary missing from the class path: " + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return DictionaryParser.parse(name, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled dictionary " + name, e);
        }
    }

    private static DictionaryParser.Contents readFile(Path path) {
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return DictionaryParser.parse(path.toString(), reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary " + path, e);
        }
    }

    /** Every country code used in a period must name a country entry. */
    private static void checkCountries(Map<String, ActorEntry> byId) {
        for (ActorEntry entry : byId.values()) {
            for (CodePeriod period : entry.periods()) {
                ActorEntry country = period.country() == null ? null : byId.get(period.country());
                if (period.country() != null && (country == null || country.kind() != ActorKind.COUNTRY)) {
                    throw new DataFileException(entry.origin().source(), entry.origin().line(),
                            "unknown country code " + period.country() + " for " + entry.id());
                }
            }
        }
    }

    private static String roleKey(String phrase) {
        return String.join(" ", PhraseTrie.words(phrase)).toLowerCase(Locale.ROOT);
    }

    /** Every entry, bundled ones in file order, then those the user files added. */
    public List<ActorEntry> entries() {
        return entries;
    }

    /** Every role phrase. */
    public List<Role> roles() {
        return roles;
    }

    /** The entry with this id, e.g. {@code PAK} or {@code TTP}. */
    public Optional<ActorEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The entries a whole phrase names, through any alias; empty when none. Punctuation, accents and a
     * leading "the" do not matter ("U.S." = "US", "al Qaeda" = "Al-Qaeda"); capitals do ("us" is not "US").
     */
    public List<AliasMatch> lookup(String phrase) {
        return trie.exact(Objects.requireNonNull(phrase, "phrase")).actors();
    }

    /** The sector a role phrase implies ("troops" gives {@code MIL}), or empty when it is not a role. */
    public Optional<Sector> role(String phrase) {
        List<Role> found = trie.exact(Objects.requireNonNull(phrase, "phrase")).roles();
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).sector());
    }

    /**
     * The entry's codes on the article's date, applying its validity periods.
     *
     * @param articleDate the publication date, or null for the latest codes
     */
    public Resolution resolve(ActorEntry entry, LocalDate articleDate) {
        return Objects.requireNonNull(entry, "entry").resolve(articleDate);
    }

    /**
     * The longest dictionary phrases in a text, left to right and not overlapping, with UTF-16 offsets.
     * "the Chinese, Iranian, and Russian Foreign Ministers" gives Chinese, Iranian, Russian and the role
     * Foreign Ministers.
     */
    public List<PhraseMatch> find(String text) {
        List<PhraseTokenizer.Token> tokens = PhraseTokenizer.tokenize(Objects.requireNonNull(text, "text"));
        List<String> words = tokens.stream().map(PhraseTokenizer.Token::text).toList();
        List<PhraseMatch> matches = new ArrayList<>();
        for (PhraseTrie.Hit hit : trie.longestMatches(words)) {
            int start = tokens.get(hit.from()).start();
            int end = tokens.get(hit.to() - 1).end();
            matches.add(match(start, end, text.substring(start, end), hit));
        }
        return matches;
    }

    /**
     * The longest dictionary phrases in a list of tokens (e.g. from CoreNLP), with token indices: a match
     * {@code [2, 4)} covers tokens 2 and 3. Tokens are cut further as in {@link #find(String)}, so
     * {@code ["ISIS", "-", "K"]} and {@code ["al-Qaeda"]} both match.
     */
    public List<PhraseMatch> findInTokens(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens");
        List<String> words = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (PhraseTokenizer.Token piece : PhraseTokenizer.tokenize(tokens.get(i))) {
                words.add(piece.text());
                owner.add(i);
            }
        }
        List<PhraseMatch> matches = new ArrayList<>();
        for (PhraseTrie.Hit hit : trie.longestMatches(words)) {
            int start = owner.get(hit.from());
            int end = owner.get(hit.to() - 1) + 1;
            matches.add(match(start, end, String.join(" ", tokens.subList(start, end)), hit));
        }
        return matches;
    }

    private static PhraseMatch match(int start, int end, String text, PhraseTrie.Hit hit) {
        Sector role = hit.roles().isEmpty() ? null : hit.roles().get(0).sector();
        return new PhraseMatch(start, end, text, hit.actors(), role);
    }
}
