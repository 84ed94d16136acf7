package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.events.lexicon.CueMatch;
import org.sitrep.events.lexicon.Factuality;
import org.sitrep.events.lexicon.FactualityCue;
import org.sitrep.events.lexicon.FactualityCues;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Reads how a sentence presents the event of one trigger, and who it says vouches for it, by the precedence
 * rules of {@code org.sitrep.events.lexicon}. Only cues that govern the trigger count:
 * <ul>
 *   <li>in its own clause: its {@code aux}, {@code advmod}, {@code mark}, {@code det} and {@code amod}
 *       dependents ("may", "not", "reportedly", "if", "no", "alleged"), and an {@code if}/{@code unless}
 *       clause modifying it ({@code advcl:if});</li>
 *   <li>in the clauses that embed it, climbing the tree: through {@code xcomp} ("refused to", "plans to",
 *       whose own modals count too), through {@code conj} (a conjoined verb shares its clause), and from a
 *       noun or adjective trigger to the verb it is the argument of ("will impose sanctions");</li>
 *   <li>through {@code ccomp} the embedding verb's own cue: "X said that" attributes to X, "X suspects that"
 *       attributes and makes it possible, "X denied that" negated;</li>
 *   <li>"according to X" anywhere in the sentence attributes every event in it to X.</li>
 * </ul>
 * The climb stops at an adverbial clause, a relative clause and after eight steps.
 */
final class FactualityReader {

    /** What was read for one trigger. */
    record Reading(Factuality factuality, List<Token> sources, String cue, boolean negative, boolean refused,
                   boolean modal, boolean deontic, boolean conditional, boolean would) {
    }

    private static final Set<String> DEONTIC = Set.of("must", "should", "ought");
    private static final Set<String> RESULT = Set.of("thus", "thereby", "hence");
    /** Texts in which something is said: what is agreed to be said in one is said by it. */
    private static final Set<String> DOCUMENTS = Set.of("statement", "communique", "communiqué", "declaration",
            "letter", "resolution", "speech", "message", "report", "text", "note");
    /** Nouns of taking part: "involvement in the attacks" is as sure as the attacks. */
    private static final Set<String> INVOLVEMENT = Set.of("involvement", "role", "part", "participation", "hand",
            "complicity");
    private static final Set<String> CLAUSE_RELATIONS = Set.of("aux", "advmod", "mark", "det", "amod", "neg");

    private final Parse parse;
    private final ArgumentFinder arguments;
    private final Map<Integer, CueMatch> cuesAt = new HashMap<>();

    FactualityReader(Parse parse, ArgumentFinder arguments, FactualityCues cues) {
        this.parse = parse;
        this.arguments = arguments;
        List<String> words = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        for (Token t : parse.sentence().tokens()) {
            words.add(t.text());
            lemmas.add(t.lemma());
        }
        for (CueMatch match : cues.find(words, lemmas)) {
            match.positions().forEach(p -> cuesAt.put(p, match));
        }
    }

    Reading read(Token trigger) {
        return read(trigger, List.of());
    }

    /**
     * @param phrase the positions of the trigger's words when it is a phrase: a negation among them is the
     *     phrase's meaning ("isn't doing enough" criticises), not a cue about it
     */
    Reading read(Token trigger, List<Integer> phrase) {
        Collector found = new Collector();
        clauseCues(trigger, found, phrase);
        Misreadings.headlineSpeechVerb(parse, trigger, word -> cuesAt.containsKey(word.index())
                && cuesAt.get(word.index()).first().scope() == FactualityCue.Scope.COMPLEMENT).ifPresent(speech -> {
                    complementCue(speech.verb(), found, true);
                    found.sources = speech.speaker();
                });
        List<Token> relative = Parse.verb(trigger) ? List.of() : parse.exactly(trigger, "acl:relcl");
        if (!relative.isEmpty()) {
            // a noun with its own relative clause takes that clause's cues, not those of the clause it sits in
            relative.forEach(c -> clauseCues(c, found));
            accordingTo(found);
            return found.reading();
        }
        Token current = trigger;
        Token act = trigger; // the noun that stands for the act where the climb reads a noun's place
        for (int step = 0; step < 8; step++) {
            Optional<Dependency> up = parse.up(current);
            if (up.isEmpty()) {
                break;
            }
            Token governor = parse.token(up.get().governor());
            Dependency edge = up.get();
            if (edge.is("xcomp")) {
                if (!doneInDocument(current, governor)) {
                    complementCue(governor, found, false);
                }
                clauseCues(governor, found);
            } else if (edge.is("conj")) {
                // "Russia did not attack, but Ukraine shelled the bridge": a clause with its own subject is
                // joined to the one before it, not under its negation or modals
                if (!resultParticiple(current) && !ownSubject(current)) {
                    clauseCues(governor, found);
                }
            } else if (purpose(current, edge) && cuesAt.containsKey(governor.index())) {
                // "a call for Israel to reopen the crossings", "called on both sides to halt": not done yet
                complementCue(governor, found, false);
                break;
            } else if (purpose(current, edge)) {
                // "will not cut ties to pressure it", "wants Pakistan to improve security in order to protect
                // the corridor": what an act is for is no surer than the act
                purposeOf(clauseVerb(governor), edge.is("advcl"), found);
                break;
            } else if (edge.is("ccomp") && misreadRelative(current, governor)) {
                break; // "assemble the government that it promised to form": the promise was made
            } else if (edge.is("ccomp") || Misreadings.unlabelledClause(current, governor, edge, cuesAt.containsKey(governor.index()))) {
                complementCue(governor, found, true);
                copulaSubjectCue(governor, found);
            } else if (edge.is("acl") && parse.exactly(current, "mark").stream().anyMatch(m -> Parse.lower(m).equals("that"))) {
                complementCue(governor, found, true); // "the allegation that Iran attacked"
                break;
            } else if (current == act && !Parse.verb(act) && edge.is("nmod:of") && negatingNoun(governor)) {
                found.add(Factuality.NEGATED, FactualityCue.Kind.NEGATION); // "the lack of opposition"
                clauseCues(governor, found);
                break;
            } else if (current == act && !Parse.verb(act) && edge.is("nmod:in")
                    && INVOLVEMENT.contains(governor.lemma().toLowerCase(java.util.Locale.ROOT))) {
                act = governor; // "denied any involvement in the attacks": the involvement stands for the act
            } else if (current == act && !Parse.verb(act)
                    && (edge.is("obj") || edge.is("obl") || edge.is("nsubj") || edge.is("iobj"))) {
                complementCue(governor, found, false);
                clauseCues(governor, found);
            } else {
                break;
            }
            current = governor;
        }
        reportedAside(current, found);
        accordingTo(found);
        return found.reading();
    }

    private void clauseCues(Token head, Collector found) {
        clauseCues(head, found, List.of());
    }

    private void clauseCues(Token head, Collector found, List<Integer> phrase) {
        if (NegatedSubjects.negate(parse, head)) {
            found.add(Factuality.NEGATED, FactualityCue.Kind.NEGATION); // "neither China nor Iran will"
        }
        for (Dependency edge : parse.sentence().dependents(head)) {
            Token child = parse.token(edge.dependent());
            if (edge.is("advcl:if") || edge.is("advcl:unless")) {
                found.conditional = true;
                found.add(Factuality.HYPOTHETICAL, FactualityCue.Kind.CONDITIONAL);
            }
            if (edge.is("aux") && DEONTIC.contains(Parse.lower(child))) {
                found.deontic = true;
            }
            if (edge.is("aux") && Misreadings.auxiliary(child)) {
                complementCue(child, found, false); // "Japan wanted to help", parsed as if "wanted" were "would"
            }
            if (!edge.extra() && CLAUSE_RELATIONS.stream().anyMatch(edge::is)) {
                CueMatch match = cuesAt.get(child.index());
                boolean own = match != null && match.first().kind() == FactualityCue.Kind.NEGATION
                        && phrase.containsAll(match.positions());
                if (match != null && !own && match.first().scope() == FactualityCue.Scope.CLAUSE
                        && !match.first().attributes()) {
                    FactualityCue cue = match.first();
                    if (Parse.lower(child).equals("would") || Parse.lower(child).equals("'d")) {
                        found.would = true;
                    } else {
                        found.conditional |= cue.kind() == FactualityCue.Kind.CONDITIONAL;
                        found.add(cue.factuality(), cue.kind());
                    }
                }
            }
        }
    }

    private boolean ownSubject(Token verb) {
        return parse.sentence().dependents(verb).stream().anyMatch(e -> !e.extra() && e.is("nsubj"));
    }

    /**
     * "said the Taliban should eliminate them, thus implying that": a participle of result (which the parser
     * often coordinates with the clause before it) says what the words show; that clause's modals are not its.
     */
    private boolean resultParticiple(Token verb) {
        return verb.pos().equals("VBG") && parse.exactly(verb, "advmod").stream()
                .anyMatch(a -> RESULT.contains(Parse.lower(a)));
    }

    /**
     * "assemble the government that it promised to form": a that-clause right after the verb's object, which
     * the parser took for the verb's complement, is a relative clause on the object with its own factuality.
     */
    private boolean misreadRelative(Token clause, Token verb) {
        // "told reporters that": a speech verb's object is its listener, and the clause is what was said
        return !cuesAt.containsKey(verb.index()) && parse.exactly(clause, "mark").stream().anyMatch(m -> Parse.lower(m).equals("that")
                && parse.exactly(verb, "obj").stream().anyMatch(o -> o.index() == m.index() - 1));
    }

    /**
     * "they agreed to criticize the group in their joint statement": what was agreed to be said in a document
     * was said when the document came out; "agreed to withdraw" (future) has no such place.
     */
    private boolean doneInDocument(Token act, Token agreed) {
        CueMatch match = cuesAt.get(agreed.index());
        return match != null && match.first().kind() == FactualityCue.Kind.FUTURE
                && (agreed.pos().equals("VBD") || agreed.pos().equals("VBN"))
                && parse.exactly(act, "obl:in").stream().anyMatch(o -> DOCUMENTS.contains(o.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Takes the factuality (and the source) of the act that a purpose clause says what it is for. A noun's
     * infinitive ("the decision to suspend him") takes only the negation of the noun's own clause: the climb
     * from a noun reads its verb's complement cues, and "asked about the decision" does not make it unsure.
     */
    private void purposeOf(Token act, boolean clausal, Collector found) {
        Reading outer;
        if (clausal) {
            outer = read(act);
        } else {
            Collector own = new Collector();
            clauseCues(act, own);
            outer = own.reading();
            if (!outer.negative()) {
                return;
            }
        }
        if (outer.negative()) {
            found.add(Factuality.NEGATED, FactualityCue.Kind.NEGATION);
        } else if (outer.factuality() != Factuality.ASSERTED) {
            found.add(outer.factuality(), outer.factuality() == Factuality.FUTURE
                    ? FactualityCue.Kind.FUTURE : FactualityCue.Kind.HEDGE);
        }
        if (found.cue == null && outer.cue() != null) {
            found.cue = outer.cue();
            found.sources = outer.sources();
        }
    }

    /** A to-infinitive hanging on a clause or a noun: what the act is for. */
    private boolean purpose(Token clause, Dependency edge) {
        return (edge.is("acl") || edge.is("advcl")) && Parse.verb(clause)
                && parse.exactly(clause, "mark").stream().anyMatch(m -> Parse.lower(m).equals("to"));
    }

    /** The verb of the clause a token sits in: itself, or the verb a noun is the object or subject of. */
    private Token clauseVerb(Token t) {
        Optional<Dependency> up = parse.up(t);
        if (!Parse.verb(t) && up.isPresent() && (up.get().is("obj") || up.get().is("nsubj"))) {
            return parse.token(up.get().governor());
        }
        return t;
    }

    private void complementCue(Token verb, Collector found, boolean clausal) {
        CueMatch match = cuesAt.get(verb.index());
        if (match == null) {
            return;
        }
        for (FactualityCue cue : match.cues()) {
            if (cue.scope() != FactualityCue.Scope.COMPLEMENT) {
                continue;
            }
            if (cue.attributes() && (clausal || "deny".equals(verb.lemma()))) {
                if (found.cue == null) {
                    found.cue = verb.text();
                    found.sources = arguments.subjects(verb, 0);
                    found.pastReport = verb.pos().equals("VBD") || verb.pos().equals("VBN");
                }
                found.add(cue.factuality(), cue.kind());
                return;
            }
            if (!cue.attributes() && cue.kind() != FactualityCue.Kind.ATTRIBUTION) {
                found.refused |= cue.kind() == FactualityCue.Kind.NEGATION;
                found.add(cue.factuality(), cue.kind());
                return;
            }
        }
    }

    /** "The suspicion is that X": a hedging noun as the subject of the copula the clause completes. */
    private void copulaSubjectCue(Token verb, Collector found) {
        if ("be".equals(verb.lemma())) {
            parse.exactly(verb, "nsubj").forEach(subject -> complementCue(subject, found, true));
        }
    }

    /** A noun whose cue negates what it is "of" ("lack", "absence"). */
    boolean negatingNoun(Token noun) {
        CueMatch match = cuesAt.get(noun.index());
        return match != null && match.cues().stream().anyMatch(c -> c.kind() == FactualityCue.Kind.NEGATION
                && c.scope() == FactualityCue.Scope.COMPLEMENT && !c.attributes());
    }

    /** "X did Y, officials said": a speech verb hanging on the clause as parataxis reports it. */
    private void reportedAside(Token clause, Collector found) {
        if (found.cue != null) {
            return;
        }
        List<Token> asides = new ArrayList<>(parse.children(clause, "parataxis"));
        // "the army shelled the villages, as the ministry said"
        asides.addAll(parse.exactly(clause, "advcl:as"));
        asides.addAll(parse.exactly(clause, "advcl:like"));
        for (Token aside : asides) {
            CueMatch match = cuesAt.get(aside.index());
            if (match != null && match.first().attributes() && match.first().scope() == FactualityCue.Scope.COMPLEMENT) {
                found.cue = aside.text();
                found.sources = arguments.subjects(aside, 0);
                found.pastReport = aside.pos().equals("VBD") || aside.pos().equals("VBN");
                found.add(match.first().factuality(), match.first().kind());
                return;
            }
        }
    }

    private void accordingTo(Collector found) {
        if (found.cue != null) {
            return;
        }
        for (CueMatch match : cuesAt.values()) {
            FactualityCue cue = match.first();
            if (cue.attributes() && cue.scope() == FactualityCue.Scope.CLAUSE) {
                Token first = parse.token(match.positions().get(0));
                found.cue = String.join(" ", match.positions().stream().map(p -> parse.token(p).text()).toList());
                found.sources = List.of();
                Token current = first;
                for (int step = 0; step < 3; step++) {
                    Optional<Dependency> up = parse.up(current);
                    if (up.isEmpty()) {
                        break;
                    }
                    current = parse.token(up.get().governor());
                    if (!match.positions().contains(current.index())) {
                        found.sources = List.of(current); // "according to X": X is what the words hang on
                        break;
                    }
                }
                return;
            }
        }
    }

    /** Cues seen so far for one trigger. */
    private static final class Collector {
        Factuality others = Factuality.ASSERTED;
        int negations;
        boolean would;
        boolean conditional;
        boolean pastReport;
        boolean future;
        boolean deontic;
        boolean refused;
        String cue;
        List<Token> sources = List.of();

        void add(Factuality f, FactualityCue.Kind kind) {
            future |= kind == FactualityCue.Kind.FUTURE;
            if (f == Factuality.NEGATED) {
                negations++;
            } else {
                others = Factuality.strongest(others, f);
            }
        }

        Reading reading() {
            // "did not fail to": two negations cancel
            Factuality f = negations % 2 == 1 ? Factuality.strongest(others, Factuality.NEGATED) : others;
            if (would) {
                // "said it would withdraw": the future of reported speech, unless a condition is in reach
                f = Factuality.strongest(f, pastReport && !conditional ? Factuality.FUTURE : Factuality.HYPOTHETICAL);
            }
            return new Reading(f, sources, cue, negations % 2 == 1, refused, would || future, deontic,
                    conditional, would);
        }
    }
}
