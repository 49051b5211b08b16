package dev.rp.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Edits an OpenSSH {@code known_hosts} file: removes the keys recorded for one host name.
 *
 * <p>Host names may be stored plain ({@code rp-abc}, {@code [rp-abc]:2222}) or hashed ({@code
 * |1|salt|hash}, HMAC-SHA1 of the name keyed by the salt), which ssh writes when {@code
 * HashKnownHosts} is on, as Debian's and Ubuntu's {@code /etc/ssh/ssh_config} set it. Lines marked
 * {@code @cert-authority} or {@code @revoked} are kept, because they are not pinned keys. A hashed
 * name is compared with the plain host name only, not with its {@code [host]:port} form.
 */
final class KnownHosts {

  private static final String HASH_PREFIX = "|1|";

  private KnownHosts() {}

  /** Returns {@code content} without the lines that pin a key for {@code host}. */
  static ConfigText withoutHost(ConfigText content, String host) {
    List<Integer> removed = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      if (pinsHost(content.line(i), host)) {
        removed.add(i);
      }
    }
    return content.withoutLines(removed);
  }

  /** Returns whether the known-hosts {@code line} pins a key for {@code host}. */
  static boolean pinsHost(String line, String host) {
    String trimmed = line.strip();
    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("@")) {
      return false;
    }
    String hosts = trimmed.split("[ \t]+", 2)[0];
    for (String name : hosts.split(",")) {
      if (name.startsWith(HASH_PREFIX) ? hashMatches(name, host) : plainMatches(name, host)) {
        return true;
      }
    }
    return false;
  }

  private static boolean plainMatches(String name, String host) {
    String lowerName = name.toLowerCase(Locale.ROOT);
    String lowerHost = host.toLowerCase(Locale.ROOT);
    return lowerName.equals(lowerHost) || lowerName.startsWith("[" + lowerHost + "]:");
  }

  private static boolean hashMatches(String name, String host) {
    String[] parts = name.substring(HASH_PREFIX.length()).split("\\|");
    if (parts.length != 2) {
      return false;
    }
    try {
      byte[] salt = Base64.getDecoder().decode(parts[0]);
      byte[] expected = Base64.getDecoder().decode(parts[1]);
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(salt, "HmacSHA1"));
      return MessageDigest.isEqual(expected, mac.doFinal(host.getBytes(UTF_8)));
    } catch (IllegalArgumentException | GeneralSecurityException malformed) {
      return false;
    }
  }
}
