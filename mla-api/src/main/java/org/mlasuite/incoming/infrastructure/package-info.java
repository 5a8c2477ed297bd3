/**
 * The register in the database (JPA, one transaction per change, the event written with it) and the reader of
 * PDFs made by this suite. Rule: an import never trusts the PDF: the embedded JSON is parsed and validated like
 * any API input, and its fingerprint is recomputed.
 */
package org.mlasuite.incoming.infrastructure;
