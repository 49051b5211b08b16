/**
 * Pod templates: named sets of GPU spec, storage, image and configuration that a creation starts
 * from, with an alias pattern such as {@code train-{i}}. {@link dev.rp.templates.Templates} lists
 * the built-in defaults and the user's own templates.
 */
package dev.rp.templates;
