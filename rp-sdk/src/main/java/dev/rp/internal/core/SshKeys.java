package dev.rp.internal.core;

import dev.rp.SshException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the public half of rp's SSH identity and compares public keys. */
final class SshKeys {
  private SshKeys() {}

  static Path publicKeyFile(Path identityFile) {
    return identityFile.resolveSibling(identityFile.getFileName() + ".pub");
  }

  /**
   * Returns the first line of the public key next to {@code identityFile}.
   *
   * @throws SshException when the key pair is missing, with the command that makes one
   */
  static String readPublicKey(Path identityFile) {
    Path publicKey = publicKeyFile(identityFile);
    if (!Files.isRegularFile(identityFile) || !Files.isRegularFile(publicKey)) {
      throw new SshException(
          "No SSH key pair at "
              + identityFile
              + " (and "
              + publicKey
              + "). rp's SSH entries log in with it. Create one with: ssh-keygen -t ed25519 -f "
              + identityFile
              + " -N \"\"");
    }
    try {
      String text = Files.readString(publicKey, StandardCharsets.UTF_8).strip();
      int newline = text.indexOf('\n');
      return newline < 0 ? text : text.substring(0, newline).strip();
    } catch (IOException e) {
      throw new SshException("Could not read " + publicKey + ": " + e.getMessage(), e);
    }
  }

  /** Returns the key type and key data of a public key line, without its comment. */
  static String essence(String publicKey) {
    String[] parts = publicKey.strip().split("\\s+");
    return parts.length >= 2 ? parts[0] + " " + parts[1] : publicKey.strip();
  }
}
