package org.sitrep.store;

import java.util.List;
import java.util.Objects;

/**
 * One actor across the corpus: how many documents name it, how many events it takes part in, and the actors
 * it acts on or is acted on by most often.
 *
 * @param code the actor code (PAK, TALIBAN)
 * @param name the name most often given to it
 * @param documents documents that name it (near-duplicates not counted)
 * @param events events with it on either side (near-duplicates not counted)
 * @param partners the other side's codes with their event counts, most frequent first
 */
public record ActorSummary(String code, String name, long documents, long events, List<Count> partners) {

    public ActorSummary {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        partners = List.copyOf(partners);
    }
}
