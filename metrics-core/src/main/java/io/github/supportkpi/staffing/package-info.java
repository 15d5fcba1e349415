/**
 * Staffing from volume and handle time with the Erlang C queueing model.
 */
package io.github.supportkpi.staffing;
