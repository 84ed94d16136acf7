/**
 * The event lexicon: trigger words and phrases with their PLOVER type, mode, contexts, CAMEO code and argument
 * hints ({@link org.sitrep.events.lexicon.EventLexicon}), and the cues that decide an event's factuality and
 * attribution ({@link org.sitrep.events.lexicon.FactualityCues}), both read from plain TSV files.
 *
 * <h2>Factuality precedence</h2>
 * The cues only say what a word signals; the events layer applies them to the clause of a trigger by these rules
 * (also written at the top of {@code cues.tsv}):
 * <ol>
 *   <li>Only cues that govern the trigger count: in its own clause (aux, advmod, mark, neg of the trigger or of
 *       a verb it is the xcomp of) or in a clause that embeds it (an attribution verb whose ccomp it is, an
 *       {@code if}/{@code unless} clause it heads or is modified by).</li>
 *   <li>Strongest wins: {@code HYPOTHETICAL > POSSIBLE > NEGATED > FUTURE > ASSERTED}. So "may not attack" is
 *       possible, "will not attack" is negated, "would attack if" is hypothetical.</li>
 *   <li>{@code would} is hypothetical, except in the complement of a past-tense attribution cue with no
 *       conditional cue in reach ("said it would withdraw"): there it is the future of reported speech.</li>
 *   <li>Two negations in one clause cancel ("did not fail to").</li>
 *   <li>An attribution cue sets the source of the embedded clause and a floor on its factuality: "X suspects
 *       that Y attacked" is possible (attributed to X) even though the embedded clause has no hedge;
 *       "X said that Y would attack if" stays hypothetical because the clause's own cue is stronger.</li>
 * </ol>
 */
package org.sitrep.events.lexicon;
