/**
 * Web security: who is calling (HTTP Basic, personal API token, or browser session), what an anonymous caller
 * may reach, CSRF protection for cookie sessions, security headers. Rule: secure by default: every API
 * resource needs an authenticated caller unless its class or method is marked {@link Public}, every response
 * carries the security headers, and every non-public response is {@code Cache-Control: no-store}.
 */
package org.mlasuite.platform.security;
