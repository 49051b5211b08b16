package dev.rp.gpu;

/** RunPod cloud a pod runs in. */
public enum Cloud {
  /** RunPod's own data centres. */
  SECURE,
  /** Hosts run by community providers, usually cheaper. */
  COMMUNITY
}
