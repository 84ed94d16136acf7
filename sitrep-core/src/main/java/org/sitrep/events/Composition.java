package org.sitrep.events;

import java.util.List;
import org.sitrep.events.lexicon.CameoCode;
import org.sitrep.events.lexicon.CameoTable;
import org.sitrep.events.lexicon.Factuality;
import org.sitrep.events.lexicon.PloverType;
import org.sitrep.events.lexicon.TriggerEntry;

/**
 * PLOVER's composition rules (the lexicon's {@code triggers.tsv} header, after the PLOVER manual and CAMEO's
 * 03 and 13 codes), applied to a trigger once its factuality is read:
 * <ul>
 *   <li>a cooperative act refused ("refused to meet", "declined to sign") or negated under a modal ("would
 *       not meet the demands") is a REJECT that happened;</li>
 *   <li>a cooperative act other than AGREE in the future ("will provide aid"), or one a speaker says would
 *       happen ("said they would meet him if ..."), is an AGREE: the intention or offer is what happened;</li>
 *   <li>a hostile material act announced or made conditional by a speaker ("said they would blockade",
 *       "will strike unless") is a THREATEN by the speaker, which happened. The same act guessed at by the
 *       article itself stays what it is, with its factuality ("Pakistan would carry out strikes if"); so does
 *       one the speaker says someone else should do ("said the Taliban should prevent ...": a demand);</li>
 *   <li>a rejection, sanction or withdrawal a speaker makes conditional ("will boycott unless") is a THREATEN
 *       by the speaker as well; so is any of these or a hostile act that the actor itself is said to make hang
 *       on a condition without "would" ("the EC may halt mediation if cooperation founders").</li>
 * </ul>
 */
final class Composition {

    /** The type, mode and code an event gets, and its factuality after composition. */
    record Coded(PloverType type, String mode, List<String> contexts, CameoCode cameo, Factuality factuality,
                 boolean bySpeaker) {
    }

    private final CameoTable cameo;

    Composition(CameoTable cameo) {
        this.cameo = cameo;
    }

    Coded apply(TriggerEntry entry, FactualityReader.Reading reading) {
        PloverType type = entry.type();
        boolean cooperative = type.quad() == PloverType.Quad.VERBAL_COOPERATION
                || type.quad() == PloverType.Quad.MATERIAL_COOPERATION;
        Factuality f = reading.factuality();
        if (cooperative && (reading.refused() || reading.negative() && reading.modal())) {
            return recoded(PloverType.REJECT, "120", entry, Factuality.ASSERTED, false);
        }
        if (conditionalThreat(type, reading)) {
            return recoded(PloverType.THREATEN, "130", entry, Factuality.ASSERTED, true);
        }
        if (cooperative && type != PloverType.AGREE && f == Factuality.FUTURE) {
            return recoded(PloverType.AGREE, "030", entry, Factuality.FUTURE, false);
        }
        if (conditionalOffer(type, reading)) {
            return recoded(PloverType.AGREE, type == PloverType.CONSULT ? "036" : "030", entry, f, false);
        }
        boolean hostile = type.quad() == PloverType.Quad.MATERIAL_CONFLICT;
        if (hostile && reading.cue() != null && !reading.negative() && !reading.deontic()
                && (f == Factuality.FUTURE || f == Factuality.HYPOTHETICAL)) {
            return recoded(PloverType.THREATEN, "130", entry, Factuality.ASSERTED, true);
        }
        return new Coded(type, entry.mode(), entry.contexts(), entry.cameo(), f, false);
    }

    /**
     * "will boycott the elections unless the president steps down", "will withdraw its force unless a
     * ceasefire is arranged", "may halt mediation if cooperation founders": a speaker's rejection, sanction or
     * withdrawal made to hang on what another party does is a threat, like a hostile act would be.
     */
    private static boolean conditionalThreat(PloverType type, FactualityReader.Reading reading) {
        boolean leverage = type == PloverType.REJECT || type == PloverType.SANCTION || type == PloverType.RETREAT;
        boolean hostile = type.quad() == PloverType.Quad.MATERIAL_CONFLICT;
        // "the EC may halt mediation if ...", "will strike unless ...": terms the actor sets, even with no
        // speaker named; "would strike if" with no speaker is the article's own guess
        boolean terms = leverage && reading.cue() != null || (leverage || hostile) && !reading.would();
        return terms && reading.conditional() && !reading.negative() && !reading.deontic();
    }

    /**
     * "said they would meet the mediator if he gave them a veto", "is willing to send material if it is attacked,
     * the minister said": a cooperative act a speaker says its actor would or will do on a condition is an
     * offer, CAMEO's "express intent to" (036 for a meeting), as the announced future act already is. Only with
     * "would" or a cue of intent: an act someone was asked to do ("said Bogota had asked them to hand over their
     * weapons") is no offer, and the same act the article itself guesses at ("they would meet if") stays what
     * it is.
     */
    private static boolean conditionalOffer(PloverType type, FactualityReader.Reading reading) {
        boolean cooperative = type.quad() == PloverType.Quad.VERBAL_COOPERATION
                || type.quad() == PloverType.Quad.MATERIAL_COOPERATION;
        return cooperative && type != PloverType.AGREE && reading.factuality() == Factuality.HYPOTHETICAL
                && reading.modal() && reading.cue() != null && !reading.negative() && !reading.deontic();
    }

    /** The entry's own coding with a given factuality. */
    Coded asIs(TriggerEntry entry, Factuality f) {
        return new Coded(entry.type(), entry.mode(), entry.contexts(), entry.cameo(), f, false);
    }

    private Coded recoded(PloverType type, String code, TriggerEntry entry, Factuality f, boolean bySpeaker) {
        CameoCode c = cameo.get(code).orElseThrow(() -> new IllegalStateException("CAMEO " + code + " missing"));
        return new Coded(type, null, entry.contexts(), c, f, bySpeaker);
    }
}
