/**
 * Client of RunPod's REST API v2: the Retrofit service, Moshi wire records, error mapping, retries
 * and readiness waiting.
 *
 * <p>Internal: other packages of rp-sdk call these types, and users of rp never need to import
 * them. They may change in any release.
 */
package dev.rp.internal.api;
