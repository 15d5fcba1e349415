/**
 * Business-impact metrics (catalogue M50-M53): customer retention and churn, cost per resolution, customer lifetime value and acquisition cost, with their definitions and tallies.
 */
package io.github.supportkpi.business;
