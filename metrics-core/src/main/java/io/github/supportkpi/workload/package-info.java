/**
 * Workload and operations metrics (catalogue M30, M32, M35-M40, M47): ticket volume, resolved tickets, tickets handled and solved per hour, tickets per agent, occupancy, agent touches, replies per ticket, logged-in time and volume by channel or category, with their definitions and the agent-work tally.
 */
package io.github.supportkpi.workload;
