/**
 * Implementation of the fluent API that {@link dev.rp.RunPodClient} returns: pods, creation,
 * scheduling, the GPU catalog and the account, over the stores, the API client and SSH.
 *
 * <p>Internal: users of rp never need to import these types. They may change in any release.
 */
package dev.rp.internal.core;
