package dev.rp.internal.api;

import java.util.List;

/**
 * Wire form of the account's SSH public keys, read by {@code GET} and replaced by {@code PUT
 * /v2/account/ssh-keys}. Internal.
 *
 * @param keys one {@code authorized_keys} line per key: type, base64 key and an optional comment
 */
public record SshKeysJson(List<String> keys) {}
