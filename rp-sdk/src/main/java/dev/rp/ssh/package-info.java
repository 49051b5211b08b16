/**
 * SSH access to pods: {@link dev.rp.ssh.SshConfigManager} keeps one host entry per alias in rp's
 * own SSH config file, and {@link dev.rp.ssh.SshCommand} builds and runs {@code ssh} command lines
 * against those entries, passing {@code -F} when the config is not the one {@code ssh} reads by
 * default.
 */
package dev.rp.ssh;
