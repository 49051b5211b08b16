package dev.rp;

import java.util.List;

/** Settings of the RunPod account, as far as rp uses them: its registered SSH public keys. */
public interface Account {

  /** Returns the account's SSH public keys, which pods created with SSH accept. */
  List<String> sshKeys();

  /**
   * Returns whether {@code publicKey} is registered, comparing key type and key data only (the
   * comment after them does not matter).
   */
  boolean hasSshKey(String publicKey);

  /**
   * Adds {@code publicKey} to the account's SSH keys, keeping every key already there.
   *
   * @return whether the key was added, false when it was already registered
   * @throws InvalidInputException when {@code publicKey} is not an OpenSSH public key line
   */
  boolean addSshKey(String publicKey);
}
