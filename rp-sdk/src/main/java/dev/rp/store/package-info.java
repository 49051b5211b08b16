/**
 * Stores of rp's local state: aliases with their per-pod configuration, templates, scheduled tasks
 * and the API key. {@link dev.rp.store.Stores} groups the four stores. The JSON-file stores share
 * their formats with the Python rp, and the in-memory stores suit tests and JShell. Any other
 * implementation of the store interfaces plugs in through {@link
 * dev.rp.RunPodClient.Builder#stores(Stores)}.
 */
package dev.rp.store;
