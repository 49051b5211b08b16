/**
 * RunPod's GPU catalog and the specs that pick from it, such as {@code 2xA100} or {@code H100-SXM}:
 * {@link dev.rp.gpu.Gpus} reads the catalog, {@link dev.rp.gpu.GpuSpec} parses a spec and {@link
 * dev.rp.gpu.GpuCatalog} resolves it to a {@link dev.rp.gpu.GpuChoice}.
 */
package dev.rp.gpu;
