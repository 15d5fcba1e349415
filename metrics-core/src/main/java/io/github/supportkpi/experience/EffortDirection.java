package io.github.supportkpi.experience;

/** Which end of a Customer Effort Score scale means "easy" (catalogue M03). */
public enum EffortDirection {
    /**
     * Agreement with "the company made it easy for me to handle my issue": a high score is easy. The
     * default ([004] names this form).
     */
    HIGHER_IS_EASIER,
    /**
     * Effort: "how much effort did you have to put in?": a low score is easy ([001]: "a lower CES means
     * customers are breezing through").
     */
    HIGHER_IS_HARDER
}
