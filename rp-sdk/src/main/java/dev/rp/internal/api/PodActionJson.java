package dev.rp.internal.api;

/**
 * Wire form of {@code POST /v2/pods/{id}/action}. Internal.
 *
 * @param action {@code start}, {@code stop}, {@code restart} or {@code terminate}
 */
public record PodActionJson(String action) {}
