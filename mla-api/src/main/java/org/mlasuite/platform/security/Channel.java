package org.mlasuite.platform.security;

/** How a caller proved who they are. Only a session rides on a cookie the browser sends by itself, so only it needs CSRF protection. */
public enum Channel {
    BASIC,
    TOKEN,
    SESSION
}
