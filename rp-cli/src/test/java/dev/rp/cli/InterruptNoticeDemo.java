package dev.rp.cli;

/**
 * Program for {@link InterruptNoticeTest}: installs a notice, prints {@code ready}, then either
 * waits to be interrupted or, with the argument {@code close}, closes the notice and exits.
 */
public final class InterruptNoticeDemo {

  private InterruptNoticeDemo() {}

  /** Runs the demo. */
  public static void main(String[] args) throws InterruptedException {
    InterruptNotice notice =
        InterruptNotice.install(
            "pod p1 (dev-1) is still tracked; resume with: rp start dev-1",
            () -> System.err.println("cleanup ran"));
    System.out.println("ready");
    System.out.flush();
    if (args.length > 0 && args[0].equals("close")) {
      notice.close();
      return;
    }
    Thread.sleep(30_000);
  }
}
