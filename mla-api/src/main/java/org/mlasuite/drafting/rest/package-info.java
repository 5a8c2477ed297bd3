/**
 * HTTP resources for drafts, samples and the request schema. Rule: thin adapters: read, validate, call a use
 * case, map the result; versions travel as ETags and every change needs If-Match.
 */
package org.mlasuite.drafting.rest;
