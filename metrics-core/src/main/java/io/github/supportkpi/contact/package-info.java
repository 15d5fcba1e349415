/**
 * Contact-centre and channel metrics over interactions (catalogue M13, M41-M46): abandonment rate, service level, average speed of answer, average handle time, self-service and AI utilization and knowledge-base views, with their definitions.
 */
package io.github.supportkpi.contact;
