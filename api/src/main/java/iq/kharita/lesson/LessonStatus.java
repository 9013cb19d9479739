package iq.kharita.lesson;

/** The review step: an author drafts and submits, the CCPC publishes (or sends it back to draft). */
public enum LessonStatus {
    DRAFT, SUBMITTED, PUBLISHED
}
