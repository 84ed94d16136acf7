package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.nlp.Sentence;

/**
 * Gathers a document's quotations as its sentences go by, with their speakers. A quotation of several sentences
 * usually names its speaker after its last one ("... That alarms me," she said), so a quote whose first sentence
 * has no speech verb waits for the sentence it ends in. A quote with no speech verb at all that follows close
 * on a quote with a speaker ("... a delay," she said. "The producers have had two years.") continues it.
 */
final class QuoteCollector {

    /** Characters between two quotes that still make the second continue the first (an attribution, a break). */
    private static final int CONTINUATION_GAP = 80;
    /** Words of an attribution between two quotes: "Khaled Ahmed, editor at large at the Gulf Herald, said". */
    private static final int MAX_ATTRIBUTION_WORDS = 12;

    private final String text;
    private final QuoteFinder finder;
    private final List<QuoteFinder.Place> places;
    private final List<Quote> quotes = new ArrayList<>();
    private final Map<QuoteFinder.Place, Quote> waiting = new LinkedHashMap<>();
    /** The first place not yet read. */
    private int next;
    /** The sentence before, when it ends with a colon or comma that opens a quote. */
    private Lead lead;

    private record Lead(Parse parse, ArgumentFinder arguments) {
    }

    QuoteCollector(String text, QuoteFinder finder) {
        this.text = text;
        this.finder = finder;
        this.places = QuoteFinder.places(text);
    }

    /** Reads the quotes that start or end in one sentence; {@code parse} is null when it has no parse. */
    void sentence(Sentence sentence, Parse parse, ArgumentFinder arguments) {
        int start = sentence.span().start();
        int end = sentence.span().end();
        Lead lead = this.lead;
        this.lead = parse != null && introduces(sentence) ? new Lead(parse, arguments) : null;
        for (var it = waiting.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            if (entry.getKey().end() <= end) {
                Quote there = parse == null ? null : finder.speaker(text, entry.getKey(), parse, arguments);
                quotes.add(there != null && there.cue() != null ? there : entry.getValue());
                it.remove();
            }
        }
        // places come in text order and sentences too, so each place is looked at once
        for (; next < places.size() && places.get(next).start() < end; next++) {
            QuoteFinder.Place place = places.get(next);
            if (start <= place.start()) {
                Quote here = parse == null ? bare(place) : finder.speaker(text, place, parse, arguments);
                if (here.cue() == null && lead != null && spaceBefore(start, place)) {
                    // "Rathbun stated:" then the quote as a sentence of its own
                    Quote led = finder.speaker(text, place, lead.parse(), lead.arguments());
                    here = led.cue() != null ? led : here;
                }
                if (here.cue() == null && place.end() > end) {
                    waiting.put(place, here);
                } else {
                    quotes.add(here);
                }
            }
        }
    }

    /** Every quote found, in the order of the text, continuations given their speaker. */
    List<Quote> quotes() {
        List<Quote> all = new ArrayList<>(quotes);
        all.addAll(waiting.values());
        all.sort(Comparator.comparingInt(Quote::start));
        List<Quote> out = new ArrayList<>(all.size());
        Quote before = null;
        for (Quote q : all) {
            Quote read = q.cue() == null && q.speakers().isEmpty() && continues(before, q)
                    ? new Quote(q.start(), q.end(), q.text(), before.speaker(), before.speakers(), null) : q;
            out.add(read);
            before = read;
        }
        return out;
    }

    private boolean continues(Quote before, Quote q) {
        if (before == null || before.speakers().isEmpty() || q.start() - before.end() > CONTINUATION_GAP) {
            return false;
        }
        // only the first quote's own attribution may stand between them ("," she said. "), nothing else said
        String between = text.substring(before.end(), q.start());
        if (between.chars().filter(c -> c == '.' || c == '!' || c == '?').count() > 1) {
            return false;
        }
        String[] words = between.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" ");
        if (words.length == 1 && words[0].isEmpty()) {
            return true;
        }
        return before.cue() != null && words.length <= MAX_ATTRIBUTION_WORDS && List.of(words).contains(before.cue());
    }

    /** A sentence that ends by opening what follows: "She continued:", "Rathbun stated,". */
    private boolean introduces(Sentence sentence) {
        String words = text.substring(sentence.span().start(), sentence.span().end()).strip();
        return words.endsWith(":") || words.endsWith(",");
    }

    /** Whether only the opening quote mark stands between the sentence's start and the quote. */
    private boolean spaceBefore(int sentenceStart, QuoteFinder.Place place) {
        return text.substring(sentenceStart, place.start()).strip().length() <= 1;
    }

    private Quote bare(QuoteFinder.Place place) {
        return new Quote(place.start(), place.end(), text.substring(place.start(), place.end()), null, null);
    }
}
