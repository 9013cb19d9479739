package iq.kharita.lesson;

public enum LessonKind {
    LESSON, GOOD_PRACTICE
}
