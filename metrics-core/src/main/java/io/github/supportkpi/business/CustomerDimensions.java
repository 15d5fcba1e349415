package io.github.supportkpi.business;

import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.metric.Dimension;
import java.util.Objects;

/**
 * The dimensions of customer periods, the records of retention, churn and lifetime value. Segment a churn
 * rate by contract type with {@code CustomerChurn.defaults().by(CustomerDimensions.attribute("contract"))}.
 */
public final class CustomerDimensions {
    private CustomerDimensions() {}

    /**
     * By a free attribute, such as {@code contract} or {@code plan}: a period without it is in the segmented
     * tally's absent part, so the segments and the absent part add up to the total.
     *
     * @param name the attribute name, also the dimension's name
     * @return the dimension
     */
    public static Dimension<CustomerPeriod, String> attribute(String name) {
        Objects.requireNonNull(name, "name");
        return Dimension.of(name, p -> p.attributes().get(name));
    }
}
