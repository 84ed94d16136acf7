package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.events.lexicon.CameoCode;
import org.sitrep.events.lexicon.CameoTable;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.events.lexicon.TriggerMatch;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

/**
 * What the words an act is done by or done to make of its type, where CAMEO tells acts apart by their object
 * rather than by their verb:
 * <ul>
 *   <li>blowing up or destroying a thing (power lines, a pipeline, offices) is damage to property, COERCE
 *       (CAMEO 171, as "demolish", "torch" and "set fire to" already are), not an attack on people;</li>
 *   <li>peacekeepers who arrive or are deployed are protection given, AID (CAMEO 074), not a visit or a troop
 *       movement; a peacekeeping noun that is the subject or object of another act ("peacekeepers were shipped
 *       out") is that act's participant, no event of its own;</li>
 *   <li>a restriction (curfew, ban, arrest) that is the object of an easing verb ("shortened the curfew",
 *       "the ban was lifted") is eased, CONCEDE (CAMEO 081), not imposed;</li>
 *   <li>a warning that the other must or should do something is a demand, REQUEST (CAMEO 100), like "issued a
 *       reminder that it must";</li>
 *   <li>relief goods handed over ("handed over 700 kg of medicine to the Red Crescent") are aid, AID (CAMEO
 *       073), not property returned;</li>
 *   <li>aid that someone allows ("opened the bridge to allow the delivery of grain") is access granted, RETREAT
 *       (CAMEO 0863), by whoever allows it;</li>
 *   <li>readiness for a hostile act ("prepared to resume shelling") is no offer: preparing it is a MOBILIZE
 *       (CAMEO 150, as "prepare to attack" already is), being ready or willing to do it a THREATEN;</li>
 *   <li>driving civilians or refugees out ("forced out 1,000 refugees from their homes") is a mass expulsion,
 *       ASSAULT (CAMEO 201), not the expulsion of an envoy or agency (SANCTION 166);</li>
 *   <li>aid given as a sum of money ("granted Haiti 20 million dollars") is economic aid (CAMEO 071);</li>
 *   <li>a battle or fight against a crisis, poverty or a disease is no violence at all.</li>
 * </ul>
 */
final class ActObjects {

    /** Head nouns of buildings, installations and infrastructure: things, not people, when destroyed. */
    private static final Set<String> PROPERTY = Set.of("line", "pipeline", "bridge", "office", "building", "house",
            "home", "station", "plant", "tower", "pylon", "railway", "railroad", "track", "road", "dam", "depot",
            "warehouse", "factory", "mosque", "church", "temple", "shrine", "school", "embassy", "headquarters",
            "facility", "installation", "refinery", "well", "substation", "transformer", "cable", "property");

    /** What one fights against figuratively: problems, not parties. */
    private static final Set<String> PROBLEMS = Set.of("crisis", "poverty", "hunger", "famine", "disease",
            "epidemic", "pandemic", "malaria", "aids", "hiv", "cancer", "tuberculosis", "illiteracy", "inflation",
            "unemployment", "corruption", "drought", "desertification", "pollution", "obesity");

    private static final Set<String> DESTRUCTION = Set.of("183", "1712");

    /** Verbs that make a restriction lighter or shorter. */
    private static final Set<String> EASING = Set.of("shorten", "ease", "lift", "relax", "loosen", "reduce",
            "cut", "end", "suspend", "scrap", "rescind", "revoke");

    /** Goods handed over as relief, not returned as property. */
    private static final Set<String> RELIEF = Set.of("medicine", "medicament", "drug", "food", "grain", "flour",
            "rice", "blanket", "tent", "aid", "supply", "vaccine");

    /** Words of readiness that the lexicon reads as offers ("ready to", "willing to", "prepared to"). */
    private static final Set<String> READINESS = Set.of("prepare", "ready", "willing");

    /** Who is driven out en masse rather than expelled as an envoy or agency. */
    private static final Set<String> CIVILIANS = Set.of("refugee", "civilian", "resident", "villager", "family",
            "inhabitant", "people", "farmer", "peasant");

    private final Parse parse;
    private final CameoTable cameo;
    private final List<TriggerMatch> matches;

    /** The rules over one sentence whose triggers are {@code matches}. */
    ActObjects(Parse parse, CameoTable cameo, List<TriggerMatch> matches) {
        this.parse = parse;
        this.cameo = cameo;
        this.matches = List.copyOf(matches);
    }

    /** The coding the act's own arguments call for, or empty when the words name no event. */
    Optional<Composition.Coded> refine(Composition.Coded coded, Token head, TriggerMatch match) {
        List<Integer> acts = matches.stream().filter(m -> m != match).flatMap(m -> m.positions().stream()).toList();
        boolean none = coded.type() == PloverType.ASSAULT && figurative(head)
                || coded.cameo().code().equals("074") && participant(head, acts);
        return none ? Optional.empty() : Optional.of(recode(coded, head, acts));
    }

    private Composition.Coded recode(Composition.Coded coded, Token head, List<Integer> acts) {
        String code = coded.cameo().code();
        if (coded.type() == PloverType.AGREE && hostileComplement(head, acts)) {
            boolean preparing = head.lemma().toLowerCase(Locale.ROOT).equals("prepare");
            return preparing ? as(coded, PloverType.MOBILIZE, "150", "troops", List.of("military"))
                    : as(coded, PloverType.THREATEN, "130", null, coded.contexts());
        }
        if (code.equals("166") && objects(head).anyMatch(t -> CIVILIANS.contains(t.lemma().toLowerCase(Locale.ROOT)))) {
            return as(coded, PloverType.ASSAULT, "201", null, List.of("religion_ethnicity"));
        }
        if (coded.type() == PloverType.ASSAULT && DESTRUCTION.contains(code) && objects(head).anyMatch(this::property)) {
            return as(coded, PloverType.COERCE, "171", null, coded.contexts());
        }
        if (coded.type() == PloverType.THREATEN && mustClause(head)) {
            return as(coded, PloverType.REQUEST, "100", null, coded.contexts());
        }
        if (code.equals("084") && objects(head).flatMap(this::withOf).anyMatch(t -> RELIEF.contains(t.lemma()
                .toLowerCase(Locale.ROOT)))) {
            return as(coded, PloverType.AID, "073", "humanitarian", List.of("humanitarian"));
        }
        if (coded.type() == PloverType.AID && code.equals("070") && objects(head).anyMatch(ActObjects::money)) {
            return as(coded, PloverType.AID, "071", "economic", List.of("economic"));
        }
        if (coded.type() == PloverType.AID && Parse.noun(head) && objectOf(head, Set.of("allow", "permit"))) {
            return as(coded, PloverType.RETREAT, "0863", "access", List.of("humanitarian"));
        }
        if (coded.type() == PloverType.COERCE && Parse.noun(head) && objectOf(head, EASING)) {
            return as(coded, PloverType.CONCEDE, "081", null, coded.contexts());
        }
        boolean arrival = code.equals("042") || coded.type() == PloverType.MOBILIZE && code.equals("154");
        if (arrival && parties(head).anyMatch(ActObjects::peacekeeping)) {
            return as(coded, PloverType.AID, "074", "military", List.of("peacekeeping"));
        }
        return coded;
    }

    /**
     * "prepared to resume shelling", "is ready to strike": readiness for a hostile act is no offer; the act
     * hangs on the trigger's complement, directly or as the object of a verb there.
     */
    private boolean hostileComplement(Token head, List<Integer> acts) {
        if (!READINESS.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return false; // "agreed to undertake exercises" is an agreement whatever its object
        }
        List<Token> complement = parse.exactly(head, "xcomp").stream().flatMap(x -> Stream.concat(Stream.of(x),
                Stream.of("obj", "xcomp", "dep").flatMap(r -> parse.exactly(x, r).stream()))).toList();
        return complement.stream().anyMatch(t -> acts.contains(t.index()) && matches.stream()
                .filter(m -> m.positions().contains(t.index()))
                .anyMatch(m -> m.first().type().quad() == PloverType.Quad.MATERIAL_CONFLICT));
    }

    /** "shortened by one hour the nightly curfew", "to allow the delivery of grain": a noun one of these verbs acts on. */
    private boolean objectOf(Token head, Set<String> verbs) {
        Optional<Dependency> up = parse.up(head);
        return up.isPresent() && (up.get().is("obj") || up.get().is("nsubj:pass"))
                && verbs.contains(parse.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
    }

    /** "the battle against the global water crisis", "fight against poverty". */
    private boolean figurative(Token head) {
        return parse.sentence().dependents(head).stream()
                .filter(e -> !e.extra() && (e.is("nmod:against") || e.is("obl:against")))
                .map(e -> parse.token(e.dependent()))
                .anyMatch(t -> PROBLEMS.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    /** A peacekeeping noun that is the subject or object of another trigger. */
    private boolean participant(Token head, List<Integer> acts) {
        if (!Parse.noun(head) || !peacekeeping(head) && parse.sentence().dependents(head).stream()
                .noneMatch(e -> e.is("compound") && peacekeeping(parse.token(e.dependent())))) {
            return false;
        }
        Optional<Dependency> up = parse.up(head);
        return up.isPresent() && (up.get().is("nsubj") || up.get().is("obj") || up.get().is("nmod:of"))
                && acts.contains(up.get().governor());
    }

    /** What a verb is done to, or what a noun is of. */
    private Stream<Token> objects(Token head) {
        return parse.sentence().dependents(head).stream()
                .filter(e -> !e.extra() && (e.is("obj") || e.is("nsubj:pass") || e.is("nmod:of")))
                .map(e -> parse.token(e.dependent()));
    }

    /**
     * "warned Serbia that it must withdraw", "issued a warning to X that it should ...": a warning whose content
     * is what the other must do is a demand. The clause hangs on the verb or the noun, or on the verb a warning
     * noun is the object of.
     */
    private boolean mustClause(Token head) {
        if (!Set.of("warn", "warning").contains(head.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Optional<Dependency> up = parse.up(head);
        Stream<Token> holders = Parse.noun(head) && up.isPresent() && up.get().is("obj")
                ? Stream.of(head, parse.token(up.get().governor())) : Stream.of(head);
        return holders.flatMap(h -> parse.exactly(h, "ccomp").stream()).flatMap(c -> parse.exactly(c, "aux").stream())
                .anyMatch(a -> Set.of("must", "should").contains(Parse.lower(a)));
    }

    /** A noun with what it measures: "700 kg of medicine" is medicine. */
    private Stream<Token> withOf(Token t) {
        return Stream.concat(Stream.of(t), parse.exactly(t, "nmod:of").stream());
    }

    private boolean property(Token t) {
        return PROPERTY.contains(t.lemma().toLowerCase(Locale.ROOT)) && !t.inEntity();
    }

    /** Who arrives or is deployed: the subject or object, with the troops a "deployment of" names. */
    private Stream<Token> parties(Token head) {
        return Stream.concat(objects(head), parse.exactly(head, "nsubj").stream())
                .flatMap(t -> Stream.concat(Stream.of(t), parse.sentence().dependents(t).stream()
                        .filter(e -> !e.extra() && (e.is("compound") || e.is("nmod:of") || e.is("amod")))
                        .map(e -> parse.token(e.dependent()))
                        .flatMap(m -> Stream.concat(Stream.of(m), parse.exactly(m, "compound").stream()))));
    }

    /** "20 million dollars", "$5m": a sum of money, as the tagger reads it. */
    private static boolean money(Token t) {
        return "MONEY".equals(t.ner());
    }

    private static boolean peacekeeping(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return lemma.startsWith("peacekeep") || lemma.startsWith("peace-keep");
    }

    private Composition.Coded as(Composition.Coded coded, PloverType type, String code, String mode,
                                 List<String> contexts) {
        CameoCode c = cameo.get(code).orElseThrow(() -> new IllegalStateException("CAMEO " + code + " missing"));
        return new Composition.Coded(type, mode, contexts, c, coded.factuality(), coded.bySpeaker());
    }
}
