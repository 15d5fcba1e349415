/**
 * SLA policies and compliance (catalogue M34): policies matched by condition, each with its business calendar and targets; the clocks per ticket and target; the compliance tally and its table.
 */
package io.github.supportkpi.sla;
