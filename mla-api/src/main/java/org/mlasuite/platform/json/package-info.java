/**
 * The JSON form of the suite's values. Rule: one JSON-B configuration for the API, the database and the PDF
 * attachment, so that what is stored, served and embedded is byte-for-byte the same document.
 */
package org.mlasuite.platform.json;
