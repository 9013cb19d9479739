package iq.kharita.roadmap;

/** Lifecycle of the roadmap document: drafted, consulted on, validated at the national workshop, adopted. */
public enum RoadmapStatus {
    DRAFT, IN_CONSULTATION, VALIDATED, ADOPTED
}
