package org.sitrep.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.events.lexicon.CameoCode;
import org.sitrep.events.lexicon.CameoTable;
import org.sitrep.events.lexicon.PloverType;
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

    private final Parse parse;
    private final CameoTable cameo;

    ActObjects(Parse parse, CameoTable cameo) {
        this.parse = parse;
        this.cameo = cameo;
    }

    /**
     * The coding the act's own arguments call for, or empty when the words name no event.
     *
     * @param acts the token positions of the sentence's other triggers
     */
    Optional<Composition.Coded> refine(Composition.Coded coded, Token head, List<Integer> acts) {
        String code = coded.cameo().code();
        if (coded.type() == PloverType.ASSAULT && figurative(head)) {
            return Optional.empty();
        }
        if (code.equals("074") && participant(head, acts)) {
            return Optional.empty();
        }
        if (coded.type() == PloverType.ASSAULT && DESTRUCTION.contains(code) && objects(head).anyMatch(this::property)) {
            return Optional.of(as(coded, PloverType.COERCE, "171", null, coded.contexts()));
        }
        if (coded.type() == PloverType.COERCE && eased(head)) {
            return Optional.of(as(coded, PloverType.CONCEDE, "081", null, coded.contexts()));
        }
        boolean arrival = code.equals("042") || coded.type() == PloverType.MOBILIZE && code.equals("154");
        if (arrival && parties(head).anyMatch(ActObjects::peacekeeping)) {
            return Optional.of(as(coded, PloverType.AID, "074", "military", List.of("peacekeeping")));
        }
        return Optional.of(coded);
    }

    /** "shortened by one hour the nightly curfew": a restriction that is the object of an easing verb. */
    private boolean eased(Token head) {
        Optional<Dependency> up = parse.up(head);
        return Parse.noun(head) && up.isPresent() && (up.get().is("obj") || up.get().is("nsubj:pass"))
                && EASING.contains(parse.token(up.get().governor()).lemma().toLowerCase(Locale.ROOT));
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
