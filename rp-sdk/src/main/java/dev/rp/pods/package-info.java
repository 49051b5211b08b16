/**
 * Pods by alias: create, start, stop, destroy, list and track them through {@link
 * dev.rp.pods.Pods}.
 *
 * <p>The fluent steps ({@link dev.rp.pods.Pods#create(String)}, {@link
 * dev.rp.pods.Pods#alias(String)} and their setters) touch nothing, and the verb that ends a chain,
 * such as {@link dev.rp.pods.PodCreation#start()} or {@link dev.rp.pods.PodOperations#stop()},
 * sends the requests. {@link dev.rp.pods.Pod} is a pod as the API reports it, and {@link
 * dev.rp.pods.TrackedPod} adds the alias and its local configuration.
 */
package dev.rp.pods;
