/**
 * XSLT and Apache FOP behind the renderer. Rule: the templates and fonts shipped on the classpath are the only
 * resources either engine may read; every other file, URL or entity is refused, and FOP problems that would
 * silently drop content (a missing image, a missing glyph) fail the rendering instead.
 */
package org.mlasuite.rendering.infrastructure;
