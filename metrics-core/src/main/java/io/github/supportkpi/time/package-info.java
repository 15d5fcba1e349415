/**
 * Time as help desks measure it: business-hours calendars with holidays and overnight shifts, and buckets (hour, day, ISO week, month, quarter) in a report time zone, with ranges of them. It depends on no other package of the project.
 */
package io.github.supportkpi.time;
