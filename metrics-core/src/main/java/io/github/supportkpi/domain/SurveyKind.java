package io.github.supportkpi.domain;

/** What a survey asked. */
public enum SurveyKind {
    /** Customer satisfaction with an interaction or ticket. */
    CSAT,
    /** Net Promoter Score: likelihood to recommend, 0 to 10. */
    NPS,
    /** Customer Effort Score. */
    CES,
    /** Employee Net Promoter Score, asked of agents: 0 to 10. */
    EMPLOYEE_NPS,
    /** Employee (agent) satisfaction. */
    EMPLOYEE_SATISFACTION;

    /**
     * Whether this kind is asked on the fixed 0..10 NPS scale.
     *
     * @return true for NPS and EMPLOYEE_NPS
     */
    public boolean isNps() {
        return this == NPS || this == EMPLOYEE_NPS;
    }
}
