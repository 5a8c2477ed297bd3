/**
 * Checks as specifications: each check is a small named rule that reads a request (and the requested State's
 * profile) and returns findings that say what is wrong, why (a citation) and how to fix it. Rule: a check never
 * changes the request and never fails silently; when the data it needs is unknown it says so as advice.
 */
package org.mlasuite.checking.domain;
