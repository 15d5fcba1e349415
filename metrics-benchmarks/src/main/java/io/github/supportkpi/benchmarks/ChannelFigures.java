package io.github.supportkpi.benchmarks;

import java.util.List;

/**
 * The standard report's numbers for one channel, as every variant computes them: counts, the numerators and
 * denominators of the rates, means in nanoseconds (a double: a SQL {@code avg} is one) and percentiles in whole
 * nanoseconds. Immutable.
 *
 * <p>The definitions are the library's defaults, written out for the variants that do without it:
 * <ul>
 *   <li>resolution rate: resolved now / all tickets;</li>
 *   <li>first response time: creation to the first human agent reply, over the tickets that have one;
 *       mean and median (linear interpolation);</li>
 *   <li>resolution time: creation to the final resolution, over the tickets resolved now; mean and p90;</li>
 *   <li>FCR: resolved now, at most one human agent reply, never reopened, escalated or transferred / all
 *       tickets;</li>
 *   <li>reopen rate: reopened at least once / resolved now or reopened;</li>
 *   <li>escalation rate: escalated / all tickets;</li>
 *   <li>SLA, per {@link PriorityTargets}: the tickets that achieved and that breached the first-response and
 *       the resolution target at {@link Tickets#NOW}; compliance is achieved / (achieved + breached).</li>
 * </ul>
 *
 * @param volume the tickets
 * @param resolved the tickets resolved now
 * @param resolutionRateNumerator resolved tickets, as the resolution rate counts them
 * @param resolutionRateDenominator all tickets, as the resolution rate counts them
 * @param frtCount the tickets with a first reply
 * @param frtMeanNanos their mean first response time
 * @param frtMedianNanos their median first response time
 * @param resolutionTimeCount the resolved tickets measured
 * @param resolutionTimeMeanNanos their mean resolution time
 * @param resolutionTimeP90Nanos their 90th percentile resolution time
 * @param fcrResolved the tickets resolved on first contact
 * @param fcrEligible the tickets eligible for FCR
 * @param reopened the tickets reopened at least once
 * @param reopenEligible the tickets resolved now or reopened
 * @param escalated the tickets escalated
 * @param escalationEligible all tickets, as the escalation rate counts them
 * @param firstResponseAchieved the tickets that met their first-response target
 * @param firstResponseBreached the tickets that missed it, overdue ones included
 * @param resolutionAchieved the tickets that met their resolution target
 * @param resolutionBreached the tickets that missed it, overdue ones included
 */
record ChannelFigures(
        long volume,
        long resolved,
        long resolutionRateNumerator,
        long resolutionRateDenominator,
        long frtCount,
        double frtMeanNanos,
        long frtMedianNanos,
        long resolutionTimeCount,
        double resolutionTimeMeanNanos,
        long resolutionTimeP90Nanos,
        long fcrResolved,
        long fcrEligible,
        long reopened,
        long reopenEligible,
        long escalated,
        long escalationEligible,
        long firstResponseAchieved,
        long firstResponseBreached,
        long resolutionAchieved,
        long resolutionBreached) {

    /** What a figure is, which decides how it is compared. */
    enum Kind {
        /** A count: compared exactly. */
        COUNT,
        /** A mean in nanoseconds: compared within {@link Tolerance#meanRelative()}. */
        MEAN,
        /** A percentile in nanoseconds: compared within {@link Tolerance#percentileRelative()}. */
        PERCENTILE
    }

    /**
     * One named number of the report.
     *
     * @param name the metric's id and the part of it, such as {@code frt.median}
     * @param kind how it is compared
     * @param value the number; counts and percentiles are whole numbers far below 2^53, so exact as a double
     */
    record Figure(String name, Kind kind, double value) {}

    /**
     * Every number, in report order.
     *
     * @return the figures
     */
    List<Figure> figures() {
        return List.of(
                count("ticket.volume", volume),
                count("ticket.resolved", resolved),
                count("resolution.rate.numerator", resolutionRateNumerator),
                count("resolution.rate.denominator", resolutionRateDenominator),
                count("frt.count", frtCount),
                new Figure("frt.mean", Kind.MEAN, frtMeanNanos),
                new Figure("frt.median", Kind.PERCENTILE, frtMedianNanos),
                count("resolution.time.count", resolutionTimeCount),
                new Figure("resolution.time.mean", Kind.MEAN, resolutionTimeMeanNanos),
                new Figure("resolution.time.p90", Kind.PERCENTILE, resolutionTimeP90Nanos),
                count("fcr.rate.numerator", fcrResolved),
                count("fcr.rate.denominator", fcrEligible),
                count("reopen.rate.numerator", reopened),
                count("reopen.rate.denominator", reopenEligible),
                count("escalation.rate.numerator", escalated),
                count("escalation.rate.denominator", escalationEligible),
                count("sla.first.response.achieved", firstResponseAchieved),
                count("sla.first.response.breached", firstResponseBreached),
                count("sla.resolution.achieved", resolutionAchieved),
                count("sla.resolution.breached", resolutionBreached));
    }

    private static Figure count(String name, long value) {
        return new Figure(name, Kind.COUNT, value);
    }
}
