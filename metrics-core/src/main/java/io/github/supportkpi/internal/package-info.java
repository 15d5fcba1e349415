/**
 * Implementation helpers. Not exported: not part of the API.
 */
package io.github.supportkpi.internal;
