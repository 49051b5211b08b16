/**
 * Helpers shared by rp-sdk's packages, such as the Immutables style and alias checks.
 *
 * <p>Internal: users of rp never need to import these types. They may change in any release.
 */
package dev.rp.internal;
