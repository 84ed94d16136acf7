package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.ActorSet;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * Finds the actors a dependency relation of a trigger points to, as actor ids.
 *
 * <p>An argument is a head token; its actors are those named anywhere in its subtree, not entering clauses
 * (relative clauses, complements, adverbial clauses), so "China, Iran and Russia" gives three actors and
 * "the rest of the document" none. A personal pronoun naming nobody takes the actors of the last subject
 * that named some (the previous sentence's, usually): a cheap stand-in for coreference. A noun naming nobody
 * ("the statement that they produced") takes the subject of its relative clause. Names in the sentence's
 * closing report (", a UN official said") are no argument of an act outside it ({@link ReportingTail}), a
 * subject's places and appositions give way to its own words ({@link SubjectNames}) or, when those name no
 * one, to the state the place lies in ({@link SubjectPlaces}), and a demonym that names
 * a language ("the Russian language") names no one.
 */
final class ArgumentFinder {

    private static final List<String> CLAUSES = List.of("acl", "ccomp", "advcl", "parataxis", "csubj", "xcomp",
            "dep", "punct", "mark", "cc:preconj");
    private static final Set<String> DOCUMENTS = Set.of("document", "statement", "declaration", "communique",
            "communiqué", "text", "resolution", "memorandum", "letter");
    private static final Set<String> LANGUAGES = Set.of("language", "tongue", "dialect", "script", "alphabet");
    private static final Set<String> SINGULAR = Set.of("it", "its", "he", "him", "his", "she", "her");
    private static final Set<String> PERSONAL = Set.of("they", "them", "their", "theirs", "he", "him", "his",
            "she", "her", "it", "its", "we", "our", "us");

    private final Parse parse;
    private final LogicalSubjects subjects;
    private final ActorSet actors;
    private final ActorSet document;
    private final List<String> previous;
    private final Authors authors;
    private final HeadlineList headline;
    private final String text;
    private final Set<Integer> reporting;
    private Token trigger;
    private boolean outsideReport;
    private List<String> avoid = List.of();

    /**
     * @param actors the actors named in this sentence, with their mentions in it
     * @param document every actor of the document, for pronouns that reach back
     * @param previous the actors of the last subject that named some, for pronouns; possibly empty
     * @param authors the authors of the last document named, carried across the text's sentences
     * @param headline what a counted group ("all four") stands for before the text names a list
     * @param text the whole text the mentions index
     */
    ArgumentFinder(Parse parse, ActorSet actors, ActorSet document, List<String> previous, Authors authors,
                   HeadlineList headline, String text) {
        this.authors = authors;
        this.headline = headline;
        this.text = text;
        this.parse = parse;
        this.subjects = new LogicalSubjects(parse);
        this.actors = actors;
        this.document = document;
        this.previous = List.copyOf(previous);
        this.reporting = ReportingTail.of(parse);
    }

    /**
     * The authors of the last document the text named with its authors ("the joint statement that they
     * produced"), for a later document named without them ("the rest of the document blamed NATO"). One per
     * coded text, carried from sentence to sentence.
     */
    static final class Authors {
        private List<String> ids = List.of();

        List<String> ids() {
            return ids;
        }
    }

    /** Actor ids of the arguments through the relations of a hint, first relation that names anyone wins. */
    List<String> idsThrough(Token trigger, List<String> relations, boolean firstOnly) {
        this.trigger = trigger;
        // "..., a UN official said": who reports the act is none of its parties
        outsideReport = !reporting.contains(trigger.index());
        Set<String> ids = new LinkedHashSet<>();
        for (String relation : relations) {
            for (Token head : through(trigger, relation)) {
                List<String> found = idsOf(head);
                boolean subject = relation.endsWith("nsubj");
                ids.addAll(subject ? subjectIds(head, found) : found);
            }
            if (firstOnly && !ids.isEmpty()) {
                break;
            }
        }
        outsideReport = false;
        return new ArrayList<>(ids);
    }

    /**
     * Every actor named in the trigger's own clause: its subtree without subjects, without clauses that
     * report it, and without the trigger's governor.
     */
    List<String> idsInClause(Token trigger) {
        this.trigger = trigger;
        outsideReport = !reporting.contains(trigger.index());
        List<Token> clause = parse.subtree(trigger, List.of("nsubj", "csubj", "parataxis", "punct", "obl:agent"), null);
        clause.addAll(ReportingTail.strays(parse, reporting, trigger));
        clause.removeAll(OthersPurposes.in(parse, trigger, clause));
        List<String> ids = named(clause);
        outsideReport = false;
        return ids;
    }


    /** The actors a subject names, its places and asides left out ({@link SubjectNames}, {@link SubjectPlaces}). */
    List<String> subjectIdsOf(Token subject) {
        return subjectIds(subject, idsOf(subject));
    }

    private List<String> subjectIds(Token subject, List<String> found) {
        return SubjectPlaces.of(parse, actors, document, subject,
                SubjectNames.of(parse, actors, subject, found, this::named), this::named);
    }

    /** The actors named by these tokens, leaving out those inside hyphenated modifiers. */
    private List<String> named(List<Token> tokens) {
        Set<Token> modifiers = new HashSet<>();
        for (Token t : tokens) {
            if (hyphenModifier(t)) {
                modifiers.addAll(parse.subtree(t, List.of(), null));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (!modifiers.contains(t) && !(outsideReport && reporting.contains(t.index())) && !language(t)) {
                ids.addAll(actors.idsAt(t.span().start(), t.span().end()));
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * "Taliban-backed terrorists": a hyphenated participle or adjective modifying a noun. The actor in it
     * says who the noun is, not who acts or whom the clause's act is aimed at.
     */
    boolean hyphenModifier(Token t) {
        Optional<Dependency> up = parse.up(t);
        if (up.isEmpty() || !(up.get().is("amod") || up.get().is("compound"))) {
            return false;
        }
        int i = t.index();
        boolean hyphenated = i > 0 && parse.token(i - 1).text().equals("-") || t.text().indexOf('-') > 0;
        return hyphenated && !led(t) && (t.pos().equals("VBN") || t.pos().equals("JJ"));
    }

    /** "the use of the Russian language": a language is no party, whoever else speaks it. */
    private boolean language(Token t) {
        Optional<Dependency> up = parse.up(t);
        return up.isPresent() && up.get().is("amod")
                && LANGUAGES.contains(parse.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** "US-led forces" are the leader's forces, unlike "Taliban-backed" ones. */
    private static boolean led(Token t) {
        return Parse.lower(t).equals("led") || Parse.lower(t).endsWith("-led");
    }

    /**
     * The actors a subject names as its own head, not those it mentions in a phrase ("the criticisms of the
     * Taliban" names nobody): what a later pronoun can stand for.
     */
    List<String> headIdsOf(Token subject) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> stop = new ArrayList<>(CLAUSES);
        stop.addAll(List.of("nmod:of", "nmod:for", "nmod:against", "nmod:on", "nmod:in", "nmod:to", "nmod:with",
                "nmod:about", "nmod:from", "nmod:over", "nmod:by"));
        for (Token t : parse.subtree(subject, stop, null)) {
            ids.addAll(actors.idsAt(t.span().start(), t.span().end()));
        }
        return new ArrayList<>(ids);
    }

    /** The argument heads of a trigger through one relation of {@code triggers.tsv}. */
    List<Token> through(Token trigger, String relation) {
        switch (relation) {
            case "nsubj":
                return subjects(trigger, 0);
            case "obj":
                return parse.passive(trigger) ? passiveSubjects(trigger) : parse.exactly(trigger, "obj");
            case "ccomp:nsubj":
                return embeddedSubjects(trigger);
            case "xcomp:obj":
                List<Token> out = new ArrayList<>();
                parse.children(trigger, "xcomp").forEach(x -> out.addAll(parse.exactly(x, "obj")));
                return out;
            case "attr":
                return List.of(); // the attribution source is read by the factuality reader
            default:
                return prepositionalOrPlain(trigger, relation);
        }
    }

    /**
     * The passive subjects of a verb, less a pronoun it only shares with the verb it is conjoined to when it
     * has no passive auxiliary of its own: "it was concerned by the reports and called on both sides" is
     * misread as a passive "called", whose "it" is the caller, not the one called on.
     */
    private List<Token> passiveSubjects(Token verb) {
        boolean own = !parse.exactly(verb, "aux:pass").isEmpty();
        List<Token> out = new ArrayList<>();
        for (Dependency edge : parse.sentence().dependents(verb)) {
            Token t = parse.token(edge.dependent());
            if (edge.relation().equals("nsubj:pass") && !out.contains(t) && (own || !edge.extra() || !Parse.pronoun(t))) {
                out.add(t);
            }
        }
        return out;
    }

    private List<Token> prepositionalOrPlain(Token trigger, String relation) {
        int colon = relation.indexOf(':');
        String base = colon < 0 ? relation : relation.substring(0, colon);
        if ((base.equals("obl") || base.equals("nmod")) && colon > 0 && !relation.endsWith(":poss")) {
            List<Token> found = parse.prepositional(trigger, relation.substring(colon + 1));
            if (found.isEmpty() && !Parse.verb(trigger)) {
                // "imposed sanctions on Y": the phrase hangs on the verb that governs the noun
                Optional<Dependency> up = parse.up(trigger);
                if (up.isPresent() && (up.get().is("obj") || up.get().is("nsubj:pass"))) {
                    found = parse.prepositional(parse.token(up.get().governor()), relation.substring(colon + 1));
                }
            }
            List<Token> more = new ArrayList<>();
            for (Token object : found.isEmpty() && Parse.verb(trigger) ? parse.exactly(trigger, "obj") : List.<Token>of()) {
                // "held talks with Y", on every object the parser found ("held talks with Y ..., the first level")
                more.addAll(parse.prepositional(object, relation.substring(colon + 1)));
            }
            return found.isEmpty() ? more : found;
        }
        return parse.exactly(trigger, relation);
    }

    /** The logical subject: the agent of a passive, a controlled subject, or for nouns the governing verb's. */
    List<Token> subjects(Token trigger, int depth) {
        return subjects.of(trigger, depth);
    }

    private List<Token> embeddedSubjects(Token trigger) {
        List<Token> out = new ArrayList<>();
        for (Token clause : parse.children(trigger, "ccomp")) {
            out.addAll(subjects(clause, 3));
        }
        for (Token clause : parse.children(trigger, "xcomp")) {
            out.addAll(parse.exactly(clause, "nsubj"));
        }
        return out;
    }

    /** The actors named by an argument head, its subtree, or what a pronoun or bare noun stands for. */
    List<String> idsOf(Token head) {
        if (SpeechNouns.aimedByOf(head) || SpeechNouns.continued(parse, head)) {
            List<String> own = headIdsOf(head); // "criticisms of the Taliban" are not the Taliban's
            return own.isEmpty() && SpeechNouns.continued(parse, head) ? authors.ids : own;
        }
        List<String> ids = idsOfShallow(head);
        if (ids.isEmpty() && Parse.noun(head)) {
            Set<String> found = new LinkedHashSet<>();
            for (Token clause : relativeClauses(head)) {
                for (Token subject : parse.exactly(clause, "nsubj")) {
                    if (subject.index() != head.index()) {
                        found.addAll(idsOfShallow(subject));
                    }
                }
            }
            Optional<Dependency> up = parse.up(head);
            if (found.isEmpty() && up.isPresent() && up.get().is("obj")) {
                // "they issued a statement critical of X": the statement is the issuer's
                for (Token subject : subjects(parse.token(up.get().governor()), 3)) {
                    found.addAll(subjectIds(subject, idsOfShallow(subject)));
                }
            }
            ids = new ArrayList<>(found);
        }
        if (Parse.noun(head) && namesDocument(head)) {
            if (ids.isEmpty()) {
                ids = new ArrayList<>(authors.ids);
            } else {
                authors.ids = List.copyOf(ids);
            }
        }
        return ids;
    }

    /** "the statement", "the rest of the document": a text that someone produced. */
    private boolean namesDocument(Token head) {
        if (DOCUMENTS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return parse.exactly(head, "nmod:of").stream()
                .anyMatch(t -> DOCUMENTS.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    private List<Token> relativeClauses(Token noun) {
        List<Token> out = new ArrayList<>(parse.children(noun, "acl"));
        out.addAll(parse.children(noun, "ccomp"));
        return out;
    }

    private List<String> idsOfShallow(Token head) {
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(named(parse.subtree(head, CLAUSES, trigger)));
        for (Token modifier : parse.exactly(head, "amod")) {
            if (led(modifier)) {
                ids.addAll(named(parse.subtree(modifier, List.of(), trigger))); // the parser hangs the leader on "dep"
            }
        }
        if (ids.isEmpty() && Parse.pronoun(head) && PERSONAL.contains(Parse.lower(head))) {
            List<String> found = antecedent(head);
            boolean self = !found.isEmpty() && avoid.containsAll(found);
            ids.addAll(self ? NearestActor.before(document, text, head, avoid) : found);
        }
        if (ids.isEmpty() && head.pos().equals("CD")) {
            ids.addAll(headline.of(head, parse.exactly(head, "det"))); // "All four agree" opening the text
        }
        if (ids.isEmpty() && "TITLE".equals(head.ner())) {
            // "his government was ready to host": the role of whom the pronoun stands for
            parse.exactly(head, "nmod:poss").stream().filter(Parse::pronoun).forEach(p -> ids.addAll(idsOfShallow(p)));
        }
        return new ArrayList<>(ids);
    }

    /**
     * Reads the next arguments as the other side of an act by these actors: a pronoun there does not stand
     * for them ("they called on them": not themselves) but for the nearest actor named before it.
     */
    void otherSideOf(List<String> actorIds) {
        this.avoid = List.copyOf(actorIds);
    }

    /**
     * What a pronoun stands for: the subject of a speech or thought verb its clause hangs on ("the Taliban
     * said they would ..."), else the last subject that named actors.
     */
    private List<String> antecedent(Token pronoun) {
        Token current = pronoun;
        for (int step = 0; step < 6; step++) {
            Optional<Dependency> up = parse.up(current);
            if (up.isEmpty()) {
                break;
            }
            Token governor = parse.token(up.get().governor());
            if (up.get().is("ccomp") || up.get().is("xcomp") || up.get().is("advcl")) {
                for (Token subject : parse.exactly(governor, "nsubj")) {
                    // "this is significant because it hints that they ...": a demonstrative speaks for no one
                    if (Parse.noun(subject) && !(singular(pronoun) && plural(subject))) {
                        // the nearest speaker is the antecedent, even when it names no known actor
                        Set<String> ids = new LinkedHashSet<>();
                        parse.subtree(subject, CLAUSES, null)
                                .forEach(t -> ids.addAll(actors.idsAt(t.span().start(), t.span().end())));
                        return new ArrayList<>(ids);
                    }
                }
            }
            current = governor;
        }
        boolean guess = previous.isEmpty() || singular(pronoun) && previous.size() > 1;
        return guess ? NearestActor.before(document, text, pronoun, avoid) : previous;
    }

    private static boolean singular(Token pronoun) {
        return SINGULAR.contains(Parse.lower(pronoun));
    }

    /** "All four", "the ministers", "China and Iran": a subject a singular pronoun cannot stand for. */
    private boolean plural(Token subject) {
        return subject.pos().equals("NNS") || subject.pos().equals("NNPS") || subject.pos().equals("CD")
                || parse.sentence().dependents(subject).stream().anyMatch(e -> e.is("conj"));
    }
}
