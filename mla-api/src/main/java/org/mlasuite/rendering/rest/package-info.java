/** HTTP resources for documents. Rule: a document is produced from the stored request, never from client input. */
package org.mlasuite.rendering.rest;
