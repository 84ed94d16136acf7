package org.sitrep.bench.entities;

/** The three scored named-entity types of the benchmark. */
public enum EntityType {
    PER, ORG, LOC
}
