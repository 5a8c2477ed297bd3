/**
 * Accounts, roles and the rules on them. Rule: a secret (password, API token) never appears here except as a
 * hash, and nothing here knows how a caller proved who they are (HTTP, cookies, tokens belong to the web layer).
 */
package org.mlasuite.identity.domain;
