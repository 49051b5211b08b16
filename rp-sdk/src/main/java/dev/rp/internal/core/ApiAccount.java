package dev.rp.internal.core;

import dev.rp.Account;
import dev.rp.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@link Account} over the API's SSH key endpoints. */
public final class ApiAccount implements Account {
  // The pattern the API's contract gives for a key line.
  private static final Pattern KEY_LINE =
      Pattern.compile("^(ssh|ecdsa|sk)-[^\\s]+ [^\\s]+([ \\t][^\\n\\r]*)?$");

  private final RpContext context;

  /** Creates the account of {@code context}. */
  public ApiAccount(RpContext context) {
    this.context = context;
  }

  @Override
  public List<String> sshKeys() {
    return context.api().sshKeys();
  }

  @Override
  public boolean hasSshKey(String publicKey) {
    String expected = SshKeys.essence(publicKey);
    return sshKeys().stream().map(SshKeys::essence).anyMatch(expected::equals);
  }

  @Override
  public boolean addSshKey(String publicKey) {
    String line = publicKey.strip();
    if (!KEY_LINE.matcher(line).matches()) {
      throw new InvalidInputException(
          "Invalid SSH public key '"
              + (line.length() > 40 ? line.substring(0, 40) + "..." : line)
              + "': expected an OpenSSH public key line such as 'ssh-ed25519 AAAA... comment'.");
    }
    List<String> keys = new ArrayList<>(sshKeys());
    String essence = SshKeys.essence(line);
    if (keys.stream().map(SshKeys::essence).anyMatch(essence::equals)) {
      return false;
    }
    // PUT replaces the whole set, so the keys already there are sent back with the new one.
    keys.add(line);
    context.api().replaceSshKeys(keys);
    return true;
  }
}
