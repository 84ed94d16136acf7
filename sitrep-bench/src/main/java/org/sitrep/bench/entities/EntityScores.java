package org.sitrep.bench.entities;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of a head-match evaluation: per type, gold mentions, predictions and matches; for countries, gold
 * mentions with an ISO identity and how many of them were found with the right code. Mutable; one per run.
 */
public final class EntityScores {

    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    private int countries;
    private int linked;

    public EntityScores() {
        for (EntityType type : EntityType.values()) {
            counts.put(type, new int[3]);
        }
    }

    void gold(EntityType type) {
        counts.get(type)[0]++;
    }

    void predicted(EntityType type) {
        counts.get(type)[1]++;
    }

    void matched(EntityType type) {
        counts.get(type)[2]++;
    }

    void country(boolean right) {
        countries++;
        linked += right ? 1 : 0;
    }

    public int gold(EntityType type, boolean all) {
        return all ? sum(0) : counts.get(type)[0];
    }

    public double precision(EntityType type) {
        return ratio(counts.get(type)[2], counts.get(type)[1]);
    }

    public double recall(EntityType type) {
        return ratio(counts.get(type)[2], counts.get(type)[0]);
    }

    public double f1(EntityType type) {
        return f1(precision(type), recall(type));
    }

    /** Micro-averaged over the three types. */
    public double precision() {
        return ratio(sum(2), sum(1));
    }

    public double recall() {
        return ratio(sum(2), sum(0));
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public int[] counts(EntityType type) {
        return counts.get(type).clone();
    }

    public int countries() {
        return countries;
    }

    /** Gold country mentions found by a mention resolved to the right ISO code, over all gold country mentions. */
    public double linkingAccuracy() {
        return ratio(linked, countries);
    }

    public int linked() {
        return linked;
    }

    private int sum(int column) {
        return counts.values().stream().mapToInt(c -> c[column]).sum();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
