package org.sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.Actor;
import org.sitrep.actors.ActorSet;
import org.sitrep.events.lexicon.ArgumentHints;
import org.sitrep.events.lexicon.EventLexicon;
import org.sitrep.events.lexicon.Factuality;
import org.sitrep.events.lexicon.FactualityCues;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.events.lexicon.TriggerEntry;
import org.sitrep.events.lexicon.TriggerMatch;
import org.sitrep.events.lexicon.WordClass;
import org.sitrep.extract.Document;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Codes the events and quotes of an annotated text: triggers from the {@link EventLexicon} over each parsed
 * sentence's lemmas (senses filtered by part of speech), their actors and recipients through the dependency
 * graph as the trigger's argument hints say ({@link ArgumentFinder}), factuality and attribution from the
 * cues that govern the trigger ({@link FactualityReader}), then PLOVER's composition rules
 * ({@link Composition}) and what the act's objects make of its type ({@link ActObjects}).
 *
 * <p>Rules of the record:
 * <ul>
 *   <li>An event needs a participant: one with neither an actor nor a recipient is dropped ("talks were
 *       held" is dropped). A document named without its authors takes those of the last one named with
 *       them ("the rest of the document blamed NATO": the joint statement's four states).</li>
 *   <li>Reciprocal acts (meet, agree with, sign with) list every party under actors and none as recipients,
 *       unless one side is unknown; an agreement by a known actor with no partner named is directed at
 *       whom it serves ("agreed to provide aid for Romania"), and so is one the composition made one-sided
 *       ("would not meet"). Otherwise an actor is never a recipient. Recipients the hints do not give are
 *       found by {@link Recipients}.</li>
 *   <li>A contentious act by actors of one state with no foreign party on the receiving end is aimed at
 *       that state, implied when the text does not name it ({@link DomesticTarget}).</li>
 *   <li>A noun trigger that only modifies another noun reads its arguments on that noun ("a mediation
 *       effort between X and Y"); one with no subject takes the actor its adjective names ("Palestinian
 *       riots").</li>
 *   <li>Date: the ISO date of a DATE entity in the sentence ("last week" gives a week, {@code 2024-W39}),
 *       nearest the trigger; else the publication date; else null.</li>
 *   <li>Location: a place entity in an {@code in}/{@code at} phrase of the trigger or its verb.</li>
 *   <li>Id: the first 16 hex digits of SHA-256 over document id, sentence start, trigger span and type.</li>
 *   <li>Confidence: 0.9, less 0.3 without an actor, 0.1 without a recipient (non-reciprocal), 0.1 for a
 *       trigger with several senses, 0.1 for a noun or adjective trigger, 0.1 outside the main clause
 *       (a noun the root verb takes as object is inside it), 0.2 for a purpose infinitive ("staged protests
 *       to demand", "began a hunger strike to demand"), 0.2 for an act a modal demands ("said the US must be ready to mediate": the demand
 *       ranks first), 0.2 for an order whose object is an act ("ordered patrols": the act is the event),
 *       0.1 when pronouns stand for the actors of an earlier subject; at least 0.05.</li>
 * </ul>
 * Built once and shared: instances are immutable and thread-safe.
 */
public final class EventCoder {

    /**
     * What the coder finds in one text: its events, its quotes, and the document's actors with any the
     * events imply after them ({@link DomesticTarget}).
     */
    public record Coded(List<Event> events, List<Quote> quotes, List<Actor> actors) {
        public Coded {
            events = List.copyOf(events);
            quotes = List.copyOf(quotes);
            actors = List.copyOf(actors);
        }
    }

    private static final Set<String> TIME_LABELS = Set.of("DATE", "TIME", "DURATION", "SET");

    private final EventLexicon lexicon;
    private final FactualityCues cues;
    private final Composition composition;
    private final Map<String, String> stateNames = DomesticTarget.stateNames();

    /** A coder over a lexicon and cues, usually {@link EventLexicon#bundled()} and {@link FactualityCues#bundled()}. */
    public EventCoder(EventLexicon lexicon, FactualityCues cues) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.cues = Objects.requireNonNull(cues, "cues");
        this.composition = new Composition(lexicon.cameo());
    }

    /** The coder over the bundled lexicon and cues. */
    public static EventCoder bundled() {
        return new EventCoder(EventLexicon.bundled(), FactualityCues.bundled());
    }

    /**
     * The events and quotes of one text.
     *
     * @param text the annotated document text
     * @param actors the document's actors; their mentions index {@code text.text()}
     * @param document the document, for its id and publication date
     */
    public Coded code(AnnotatedText text, ActorSet actors, Document document) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(document, "document");
        String published = document.published() != null && Setting.ISO.matcher(document.published()).matches()
                ? document.published() : null;
        QuoteCollector quotes = new QuoteCollector(text.text(), new QuoteFinder(cues, actors));
        List<Event> events = new ArrayList<>();
        // before any subject names someone, "it" can only be what the headline is about
        List<String> previous = TitleReferent.of(document.title(), actors);
        ArgumentFinder.Authors authors = new ArgumentFinder.Authors();
        HeadlineList headline = new HeadlineList(document.title(), actors);
        DomesticTarget domestic = new DomesticTarget(stateNames, actors);
        for (Sentence sentence : text.sentences()) {
            Parse parse = new Parse(sentence);
            ActorSet local = actors.within(sentence.span().start(), sentence.span().end());
            ArgumentFinder arguments = new ArgumentFinder(parse, local, actors, previous, authors, headline, text.text());
            quotes.sentence(sentence, sentence.parsed() ? parse : null, arguments);
            if (!sentence.parsed()) {
                continue;
            }
            List<TriggerMatch> matches = lexicon.find(lemmas(sentence));
            SentenceCoder coder = new SentenceCoder(text, local, document.id(), published, parse, arguments,
                    new FactualityReader(parse, arguments, cues), previous, domestic, matches).withDocument(actors);
            for (TriggerMatch match : matches) {
                coder.code(match).ifPresent(events::add);
            }
            previous = GuessedActors.antecedents(parse, arguments, previous);
        }
        return new Coded(events, quotes.quotes(), domestic.actors());
    }

    private static List<String> lemmas(Sentence s) {
        return s.tokens().stream().map(Token::lemma).toList();
    }

    /** The actors and recipients of one event; a reciprocal act has every party under {@code who}. */
    private record Parties(List<String> who, List<String> whom, boolean reciprocal) {
    }

    /** Codes the triggers of one sentence. */
    private final class SentenceCoder {
        private final AnnotatedText text;
        private final ActorSet actors;
        private final String documentId;
        private final String published;
        private final Parse parse;
        private final ArgumentFinder arguments;
        private final FactualityReader reader;
        private final List<String> previous;
        private final DomesticTarget domestic;
        private final List<TriggerMatch> matches;
        private GuessedActors guesses;
        private final RequestedActs requested;
        private final ActObjects objects;
        private final OneAct acts;
        private final OtherSenses senses;

        SentenceCoder(AnnotatedText text, ActorSet actors, String documentId, String published, Parse parse,
                      ArgumentFinder arguments, FactualityReader reader, List<String> previous,
                      DomesticTarget domestic, List<TriggerMatch> matches) {
            this.matches = matches;
            this.text = text;
            this.actors = actors;
            this.documentId = documentId;
            this.published = published;
            this.parse = parse;
            this.arguments = arguments;
            this.reader = reader;
            this.previous = previous;
            this.domestic = domestic;
            this.requested = new RequestedActs(parse);
            this.objects = new ActObjects(parse, lexicon.cameo(), matches);
            this.acts = new OneAct(parse, matches);
            this.senses = new OtherSenses(parse);
        }

        /** The document's actors, for what a pronoun stood for in another sentence. */
        SentenceCoder withDocument(ActorSet document) {
            this.guesses = new GuessedActors(parse, actors, document, reader, arguments);
            return this;
        }

        Optional<Event> code(TriggerMatch found) {
            Token head = headOf(found);
            Token word = head;
            // the word class is checked on the phrase's head, so "military action" is a noun like "action"
            List<TriggerEntry> fitting = found.senses().stream().filter(e -> e.wordClass().accepts(word.pos())).toList();
            if (fitting.isEmpty()) {
                return Optional.empty();
            }
            if (parse.characterisation(head) || parse.sharedView(head) || parse.technicalWarning(head)
                    || parse.describesAnAct(head, otherPositions(found)) || arguments.hyphenModifier(head)
                    || TIME_LABELS.contains(head.ner()) || NameWords.inName(head, actors)
                    || parse.bareCall(head) && fitting.stream().allMatch(e -> e.type() == PloverType.REQUEST)) {
                return Optional.empty(); // "in March 2025" names a month, not a march
            }
            TriggerMatch match = new TriggerMatch(found.start(), found.end(), found.positions(), fitting);
            head = argumentHead(head);
            boolean modal = fitting.get(0).wordClass() == WordClass.MODAL;
            if (modal) {
                // "X said Y must go": the demand is read on the verb the modal helps, and only when reported
                Optional<Dependency> up = parse.up(head);
                if (up.isEmpty()) {
                    return Optional.empty();
                }
                head = parse.token(up.get().governor());
            }
            TriggerEntry entry = sense(match, head);
            if (!modal && (acts.partOfAnother(head, match, entry) || senses.notPolitical(head, entry))) {
                return Optional.empty(); // "signed an agreement": one act, one event; "offers it for $700": a sale
            }
            FactualityReader.Reading reading = reader.read(head, match.positions());
            Composition.Coded composed = modal ? composition.asIs(entry, Factuality.ASSERTED)
                    : acts.agreed(head, match) ? composition.asIs(entry, reading.factuality())
                    : composition.apply(entry, reading);
            Optional<Composition.Coded> refined = objects.refine(composed, head, match);
            if (modal && reading.cue() == null || refined.isEmpty()) {
                return Optional.empty(); // a modal nobody reports; "the battle against poverty": no act on anyone
            }
            Composition.Coded coded = refined.get();
            List<String> source = sourceIds(reading);
            Parties parties = parties(head, entry, coded, source);
            if (parties.who().isEmpty() && parties.whom().isEmpty()) {
                return Optional.empty();
            }
            Attribution attribution = reading.cue() == null ? null
                    : Attribution.of(source, reading.cue());
            Trigger trigger = triggerOf(match);
            Span sentenceSpan = new Span(parse.sentence().span().start(), parse.sentence().span().end());
            double confidence = new Confidence(parse, matches, actors, previous)
                    .of(match, entry, head, parties.who(), parties.whom(), parties.reciprocal());
            // the implied state does not make the act likelier, so it comes after the confidence
            List<String> here = OthersPurposes.namedBeside(parse, actors, head);
            List<String> whom = parties.reciprocal() ? parties.whom()
                    : domestic.of(coded.type(), StateAsSuch.actingAtHome(parse, actors, parties.who(), head),
                    domestic.withoutOwnStates(coded.type(), parties.who(), parties.whom()), here, source);
            List<String> who = parties.reciprocal() || !DomesticTarget.openSubject(parse, head) ? parties.who()
                    : domestic.actorsOf(coded.type(), parties.who(), whom, here, source);
            requested.record(head, coded.type() == PloverType.REQUEST ? whom : List.of());
            return Optional.of(new Event(id(trigger, coded.type().name()), coded.type().name(), coded.mode(),
                    coded.contexts(), coded.cameo().code(), who, whom,
                    coded.factuality().label(), attribution, Setting.date(parse, head, published, coded.factuality()), Setting.location(parse, head, actors, text.text()), sentenceSpan, trigger,
                    confidence));
        }

        /** Who acted and on whom, by the entry's hints and the rules of the class comment. */
        private Parties parties(Token head, TriggerEntry entry, Composition.Coded coded, List<String> source) {
            ArgumentHints hints = entry.arguments();
            List<String> who = arguments.idsThrough(head, hints.actors(), true);
            if (who.isEmpty() && hints.actors().contains("attr") || coded.bySpeaker() && !source.isEmpty()) {
                who = source;
            }
            // "They confirmed ... and called on": coordination lost in the parse; but an agentless passive
            // ("said soldiers had tried ... and that a guard was wounded") has no agent to share
            if (who.isEmpty() && Parse.verb(head) && !parse.ownPassive(head)
                    && parse.up(head).filter(up -> up.is("conj")).isPresent()) {
                who = rootSubjectActors();
            }
            if (who.isEmpty() && Parse.noun(head)) {
                who = owners(head); // "Palestinian riots", "Israeli air raids": the adjective says whose
            }
            if (who.isEmpty() && SpeechNouns.continued(parse, head)) {
                who = arguments.idsOf(head); // "the other criticisms": the authors of the criticisms before
            }
            boolean guessed = GuessedActors.pronouns(parse.exactly(head, "nsubj"));
            if (who.isEmpty() && Parse.noun(head)) {
                who = guesses.lackers(head); // "their lack of opposition": whose lack it is, is whose opposition
                guessed = !who.isEmpty() && guesses.lackedByPronoun(head);
            }
            if (guessed) {
                who = guesses.lessNamedInClause(head, who);
            }
            who = requested.addressees(head, arguments).orElse(who); // "called on them to fight": they are to fight
            var placed = new PlaceActors(parse, actors, arguments, domestic).of(head, coded.type(), who);
            who = placed.map(PlaceActors.Placed::who).orElse(who); // "was arrested in Lebanon": the place's state
            if (who.size() > 1 && parse.eachOther(head)) {
                return new Parties(who, List.of(), true); // "the two governments were blaming each other"
            }
            arguments.otherSideOf(who);
            // "agreed to provide aid for Romania": an agreement by someone with no partner named is a
            // commitment to whom it serves
            boolean partner = !arguments.idsThrough(head, hints.recipients(), true).isEmpty();
            // a reciprocal act the composition made one-sided ("refused to meet") has a direction too
            boolean directed = !hints.reciprocal() || coded.type() != entry.type()
                    || !partner && guesses.partiesOf(who) == 1 && coded.type() == PloverType.AGREE;
            List<String> whom = placed.isPresent() && placed.get().stateAct() ? placed.get().targets()
                    : new Recipients(parse, arguments, actors).of(head, hints, who, source, directed,
                    coded.type() == PloverType.THREATEN);
            arguments.otherSideOf(List.of());
            // "it isn't doing enough to fight groups": with one side unknown, the other is not an actor
            boolean reciprocal = hints.reciprocal() && coded.type() == entry.type() && !who.isEmpty()
                    && !directed;
            if (reciprocal) {
                Set<String> all = new LinkedHashSet<>(who);
                all.addAll(Recipients.notPlaces(parse, actors, whom)); // "fight groups inside Afghanistan"
                return new Parties(List.copyOf(all), List.of(), true);
            }
            List<String> actorsNow = who;
            return new Parties(who, whom.stream().filter(id -> !actorsNow.contains(id)).toList(), false);
        }

        /** The actors a noun trigger's adjectives or noun modifiers name, places left out. */
        private List<String> owners(Token noun) {
            Set<String> ids = new LinkedHashSet<>();
            for (Dependency edge : parse.sentence().dependents(noun)) {
                Token t = parse.token(edge.dependent());
                if (!edge.extra() && (edge.is("amod") || edge.is("compound")) && !arguments.hyphenModifier(t)) {
                    actors.idsAt(t.span().start(), t.span().end()).stream()
                            .filter(id -> !"other".equals(actors.byId(id).kind())).forEach(ids::add);
                }
            }
            return List.copyOf(ids);
        }

        private List<String> rootSubjectActors() {
            Set<String> ids = new LinkedHashSet<>();
            for (Token root : parse.sentence().roots()) {
                if (Parse.verb(root)) {
                    parse.exactly(root, "nsubj").forEach(t -> ids.addAll(arguments.subjectIdsOf(t)));
                }
            }
            return List.copyOf(ids);
        }

        private List<String> sourceIds(FactualityReader.Reading reading) {
            return Speakers.of(reading.sources(), parse, arguments);
        }

        /** The first sense whose arguments name anyone, else the usual one. */
        private TriggerEntry sense(TriggerMatch match, Token head) {
            if (match.senses().size() > 1) {
                for (TriggerEntry entry : match.senses()) {
                    if (!arguments.idsThrough(head, entry.arguments().recipients(), true).isEmpty()) {
                        return entry;
                    }
                }
                // "French and Egyptian warships launched war games": several actors and no one else, a joint act
                for (TriggerEntry entry : match.senses()) {
                    if (entry.arguments().reciprocal()
                            && arguments.idsThrough(head, entry.arguments().actors(), true).size() > 1) {
                        return entry;
                    }
                }
            }
            return match.first();
        }

        /**
         * A noun trigger that only modifies another noun ("a mediation mission between X and Y", "a mediation
         * effort") has its arguments on that noun.
         */
        private Token argumentHead(Token head) {
            Optional<Dependency> up = parse.up(head);
            boolean modifier = Parse.noun(head) && up.isPresent() && up.get().is("compound")
                    && Parse.noun(parse.token(up.get().governor())) && !arguments.hyphenModifier(head);
            return modifier ? parse.token(up.get().governor()) : head;
        }

        /** The trigger word the others hang on: the one whose head lies outside the phrase. */
        private Token headOf(TriggerMatch match) {
            for (int p : match.positions()) {
                Optional<Dependency> up = parse.up(parse.token(p));
                if (up.isEmpty() || !match.positions().contains(up.get().governor())) {
                    return parse.token(p);
                }
            }
            return parse.token(match.positions().get(0));
        }

        private Trigger triggerOf(TriggerMatch match) {
            int start = parse.token(match.positions().get(0)).span().start();
            int end = parse.token(match.positions().get(match.positions().size() - 1)).span().end();
            return new Trigger(start, end, text.text().substring(start, end));
        }

        private List<Integer> otherPositions(TriggerMatch match) {
            return Confidence.otherPositions(matches, match);
        }

        private String id(Trigger trigger, String type) {
            return Trigger.id(documentId, parse.sentence().span().start(), trigger, type);
        }
    }
}
