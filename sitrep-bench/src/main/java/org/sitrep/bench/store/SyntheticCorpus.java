package org.sitrep.bench.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;
import org.sitrep.actors.Actor;
import org.sitrep.events.Event;
import org.sitrep.export.TableRows;
import org.sitrep.extract.Document;
import org.sitrep.pipeline.Analysis;

/**
 * Realistic-looking analysed articles made without any language model, for loading a store with many
 * documents: each has 2-6 actors drawn from sitrep's ~250 countries (a few far more often than the rest, as
 * in the news) and a few dozen groups, 3-15 coded events written from a small vocabulary of sentences, a
 * publication day over three years (2022-2024) and an address at one of thirty publishers. About 2% are
 * syndicated copies of an earlier article under another address, so that near-duplicate detection has work.
 *
 * <p>Deterministic: document {@code i} of a seed is always the same, and is made on its own (no state is
 * carried from one document to the next), so any slice of the corpus can be made in any order.
 *
 * <pre>{@code
 * SyntheticCorpus corpus = new SyntheticCorpus(42);
 * TableRows rows = corpus.rows(0);
 * }</pre>
 * Thread-safe.
 */
public final class SyntheticCorpus {

    /** The first possible publication day. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    /** Publication days run over this many days from {@link #FIRST_DAY}. */
    public static final int DAYS = 3 * 365 + 1;
    /** The countries most articles are about (the rest follow in a fixed shuffled order). */
    static final List<String> FREQUENT = List.of("USA", "CHN", "RUS", "UKR", "PAK", "IND", "AFG", "IRN", "ISR",
            "TUR", "SAU", "GBR", "FRA", "DEU", "SYR", "IRQ", "EGY", "NGA", "ETH", "SDN");

    private static final double SYNDICATED = 0.02;

    private final long seed;
    private final List<ActorPool.Entry> countries;
    private final List<ActorPool.Entry> groups;

    /** @param seed the corpus: the same seed gives the same documents */
    public SyntheticCorpus(long seed) {
        this.seed = seed;
        ActorPool pool = ActorPool.bundled(18);
        this.countries = popularFirst(pool.countries());
        this.groups = pool.groups();
    }

    private static List<ActorPool.Entry> popularFirst(List<ActorPool.Entry> all) {
        List<ActorPool.Entry> head = new ArrayList<>();
        List<ActorPool.Entry> rest = new ArrayList<>();
        for (ActorPool.Entry entry : all) {
            (FREQUENT.contains(entry.code()) ? head : rest).add(entry);
        }
        head.sort((a, b) -> Integer.compare(FREQUENT.indexOf(a.code()), FREQUENT.indexOf(b.code())));
        java.util.Collections.shuffle(rest, new Random(7)); // fixed: the same order for every seed
        head.addAll(rest);
        return List.copyOf(head);
    }

    /** How many countries and groups articles draw their actors from. */
    public int actorCount() {
        return countries.size() + groups.size();
    }

    /** Document {@code index} as sitrep's five tables. */
    public TableRows rows(int index) {
        return TableRows.of(analysis(index));
    }

    /** Document {@code index} as a whole record. */
    public Analysis analysis(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be at least 0, got " + index);
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        if (index > 0 && random.nextDouble() < SYNDICATED) {
            return syndicated(analysis(random.nextInt(index)), index, random);
        }
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        List<Actor> cast = cast(random);
        ArticleWriter writer = new ArticleWriter(docId(index), published, cast, random);
        int events = 3 + random.nextInt(13);
        for (int i = 0; i < events; i++) {
            writer.event(i);
            writer.fillers(random.nextInt(3));
        }
        String title = writer.title();
        String publisher = pick(random, SyntheticVocabulary.PUBLISHERS);
        Document document = new Document(docId(index), address(publisher, published, title, index), "html", title,
                List.of(), published.toString(), capitalise(publisher), List.of(), "en", writer.text());
        return new Analysis(document, writer.actors(), writer.events(), writer.quotes(), List.of());
    }

    /** The same article under another publisher's address and id (the event ids follow the new id). */
    private Analysis syndicated(Analysis original, int index, SplittableRandom random) {
        Document d = original.document();
        String publisher = pick(random, SyntheticVocabulary.PUBLISHERS);
        String id = docId(index);
        Document copy = new Document(id, address(publisher, LocalDate.parse(d.published()), d.title(), index),
                d.format(), d.title(), d.authors(), d.published(), capitalise(publisher), d.tags(), d.language(), d.text());
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < original.events().size(); i++) {
            Event e = original.events().get(i);
            events.add(new Event(eventId(id, i), e.type(), e.mode(), e.contexts(), e.cameo(), e.actors(),
                    e.recipients(), e.factuality(), e.attribution(), e.date(), e.location(), e.sentence(), e.trigger(),
                    e.confidence()));
        }
        return new Analysis(copy, original.actors(), events, original.quotes(), List.of());
    }

    /** 2-6 distinct actors: mostly countries (popular ones far more often), some groups and bodies. */
    private List<Actor> cast(SplittableRandom random) {
        int size = 2 + random.nextInt(5);
        List<Actor> actors = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        while (actors.size() < size) {
            ActorPool.Entry entry;
            String sector;
            if (random.nextDouble() < 0.8) {
                entry = countries.get((int) (countries.size() * Math.pow(random.nextDouble(), 3)));
                sector = pick(random, SyntheticVocabulary.SECTORS);
            } else {
                entry = groups.get(random.nextInt(groups.size()));
                sector = entry.sector();
            }
            String key = entry.code() + "/" + sector;
            if (!taken.contains(key)) {
                taken.add(key);
                actors.add(new Actor("a" + (actors.size() + 1), entry.name(), entry.code(), entry.country(), sector,
                        entry.kind(), List.of()));
            }
        }
        return actors;
    }

    private static String address(String publisher, LocalDate day, String title, int index) {
        String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return String.format(Locale.ROOT, "https://www.%s.example/%04d/%02d/%02d/%s-%d", publisher, day.getYear(),
                day.getMonthValue(), day.getDayOfMonth(), slug, index);
    }

    private String docId(int index) {
        return sha256("synthetic|" + seed + "|" + index);
    }

    static String eventId(String docId, int event) {
        return sha256(docId + "|" + event).substring(0, 16);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
