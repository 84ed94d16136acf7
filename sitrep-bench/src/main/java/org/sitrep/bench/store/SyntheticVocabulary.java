package org.sitrep.bench.store;

import java.util.List;
import java.util.Map;

/**
 * The small vocabulary synthetic articles are written from, in sitrep's own words: one-sentence templates per
 * PLOVER type (with the CAMEO codes they stand for), filler sentences, issues, places and publishers. In a
 * template {@code {A}} is the acting side, {@code {B}} the recipient, {@code {ISSUE}} an issue, {@code {PLACE}} a
 * place; the trigger word is between asterisks.
 */
final class SyntheticVocabulary {

    private SyntheticVocabulary() {
    }

    /** A PLOVER type with its templates (with and without a recipient) and its CAMEO codes. */
    record Act(String type, List<String> withRecipient, List<String> alone, List<String> cameo) {
    }

    static final List<Act> ACTS = List.of(
            new Act("AGREE", List.of("{A} *agreed* with {B} to resume talks on {ISSUE}.",
                    "{A} *pledged* to work with {B} on {ISSUE}."),
                    List.of("{A} *promised* a new plan for {ISSUE}."), List.of("030", "036", "0311")),
            new Act("CONSULT", List.of("{A} *met* {B} in {PLACE} to discuss {ISSUE}.",
                    "Envoys of {A} *held talks* with {B} on {ISSUE}."),
                    List.of("{A} *convened* a meeting in {PLACE} on {ISSUE}."), List.of("040", "042", "043", "046")),
            new Act("SUPPORT", List.of("{A} *praised* {B} for its stance on {ISSUE}.",
                    "{A} *backed* the position of {B} on {ISSUE}."),
                    List.of("{A} *endorsed* the proposal on {ISSUE}."), List.of("051", "052", "057")),
            new Act("CONCEDE", List.of("{A} *eased* its restrictions on {B} after the dispute over {ISSUE}."),
                    List.of("{A} *lifted* the curfew imposed during the unrest over {ISSUE}."), List.of("081", "083")),
            new Act("COOPERATE", List.of("{A} *shared* intelligence with {B} on {ISSUE}.",
                    "{A} and {B} *ran* joint patrols near {PLACE}."),
                    List.of("{A} *opened* a joint centre on {ISSUE}."), List.of("061", "062", "064")),
            new Act("AID", List.of("{A} *sent* relief supplies to {B} after the floods near {PLACE}.",
                    "{A} *provided* emergency funds to {B} for {ISSUE}."),
                    List.of("{A} *delivered* food aid to the camps near {PLACE}."), List.of("071", "073", "074")),
            new Act("RETREAT", List.of("{A} *released* detained citizens of {B}.",
                    "{A} *withdrew* troops from the border with {B}."),
                    List.of("{A} *declared* a ceasefire around {PLACE}."), List.of("084", "0871", "087")),
            new Act("REQUEST", List.of("{A} *demanded* that {B} explain its role in {ISSUE}.",
                    "{A} *urged* {B} to reopen the border crossing."),
                    List.of("{A} *called for* an inquiry into {ISSUE}."), List.of("100", "101", "104")),
            new Act("ACCUSE", List.of("{A} *accused* {B} of stoking {ISSUE}.",
                    "{A} *criticised* {B} over {ISSUE}."),
                    List.of("{A} *condemned* the handling of {ISSUE}."), List.of("111", "112", "090")),
            new Act("REJECT", List.of("{A} *rejected* the proposal from {B} on {ISSUE}.",
                    "{A} *refused* to meet {B} before the vote."),
                    List.of("{A} *dismissed* the report on {ISSUE}."), List.of("120", "125")),
            new Act("THREATEN", List.of("{A} *threatened* {B} with sanctions over {ISSUE}.",
                    "{A} *warned* {B} against any move near {PLACE}."),
                    List.of("{A} *warned* of retaliation over {ISSUE}."), List.of("130", "138")),
            new Act("PROTEST", List.of("Supporters of {A} *protested* outside the embassy of {B}."),
                    List.of("Thousands loyal to {A} *marched* in {PLACE} against {ISSUE}.",
                            "{A} *staged* a sit-in over {ISSUE}."), List.of("140", "141")),
            new Act("SANCTION", List.of("{A} *imposed* sanctions on {B} over {ISSUE}.",
                    "{A} *expelled* diplomats of {B}."),
                    List.of("{A} *suspended* the trade agreement."), List.of("160", "163", "172")),
            new Act("MOBILIZE", List.of("{A} *deployed* troops along the border with {B}."),
                    List.of("{A} *raised* the alert level of its forces near {PLACE}."), List.of("150", "152")),
            new Act("COERCE", List.of("{A} *arrested* members of {B} in {PLACE}.",
                    "{A} *seized* a vessel belonging to {B}."),
                    List.of("{A} *banned* rallies in {PLACE}."), List.of("170", "173", "175")),
            new Act("ASSAULT", List.of("{A} *attacked* positions of {B} near {PLACE}.",
                    "{A} *shelled* villages held by {B}."),
                    List.of("Fighters of {A} *clashed* with police in {PLACE}."), List.of("180", "190", "183")));

    static final List<String> ISSUES = List.of("the border closure", "the water dispute", "grain exports",
            "the refugee crisis", "the pipeline project", "fishing rights", "the election results",
            "the drought response", "the port expansion", "the debt talks", "cross-border raids",
            "the nuclear programme", "the detained journalists", "the power cuts", "the mining licences",
            "the trade corridor", "the ceasefire line", "the fuel shortage");

    static final List<String> PLACES = List.of("the capital", "the northern valley", "the harbour district",
            "the border town", "the river delta", "the mountain pass", "the eastern province", "the old city",
            "the coastal highway", "the airport road");

    static final List<String> FILLERS = List.of(
            "Officials gave no further details.",
            "The statement came after a week of tense exchanges.",
            "Analysts said the move could reshape the region's alliances.",
            "Residents described long queues at the checkpoints.",
            "The talks are expected to continue next month.",
            "Prices of bread and fuel have risen sharply since the spring.",
            "Opposition lawmakers demanded a debate in parliament.",
            "A spokesman declined to comment on the reports.",
            "The ministry published the figures late on Tuesday.",
            "Diplomats described the atmosphere as cautious but constructive.",
            "Aid groups warned that the roads remained unsafe.",
            "Local media reported heavy traffic at the border crossing.");

    static final List<String> HEADLINES = List.of("Tensions rise over {ISSUE}", "Talks stall on {ISSUE}",
            "New push to settle {ISSUE}", "Region braces as {ISSUE} deepens", "Leaders weigh options on {ISSUE}");

    static final List<String> PUBLISHERS = List.of("harbourgazette", "valleytimes", "dailyledger", "northstar-news",
            "coastalherald", "capitalwire", "plainsobserver", "riverpost", "summitreport", "eastern-monitor",
            "frontierdaily", "citadel-press", "meridian-news", "lakeside-chronicle", "highland-courier",
            "sentinel-online", "deltadispatch", "crossroads-journal", "tribune-east", "westwind-news",
            "beacon-reporter", "compass-news", "atlas-bulletin", "horizon-times", "ledger-south",
            "pioneer-press", "quarterly-affairs", "signal-news", "union-herald", "vantage-post");

    static final List<String> SECTORS = List.of("GOV", "GOV", "GOV", "MIL", "LEG", "OPP", "CVL");

    static final Map<String, String> SECTOR_WORDS = Map.of("GOV", "government", "MIL", "army", "LEG",
            "parliament", "OPP", "opposition", "CVL", "civil groups");
}
