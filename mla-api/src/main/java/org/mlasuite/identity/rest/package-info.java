/**
 * HTTP resources for identity: browser session, first setup, personal API tokens, account administration.
 * Rule: a secret travels to the client once (a new token, a session's CSRF token) and is never returned again;
 * administration needs the administrator role; login answers never tell whether a username exists.
 */
package org.mlasuite.identity.rest;
