package org.mlasuite.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;

/**
 * The browser session: after a login it holds the username and the CSRF token, nothing else (the account is
 * reloaded on every request, so a disabled account or a changed role takes effect at once).
 */
public final class Sessions {

    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String USERNAME = "mla.username";
    static final String CSRF = "mla.csrf";

    private Sessions() {
    }

    /**
     * Starts a new session for the user: any earlier session of this browser is thrown away first, so a session
     * id planted before the login is worthless after it (session fixation).
     */
    public static void start(HttpServletRequest request, String username, String csrfToken) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval((int) IDLE_TIMEOUT.toSeconds());
        session.setAttribute(USERNAME, username);
        session.setAttribute(CSRF, csrfToken);
    }

    /** The CSRF token of the current session, or null if there is none. */
    public static String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(CSRF);
    }

    public static boolean end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        session.invalidate();
        return true;
    }

    static String username(HttpSession session) {
        return (String) session.getAttribute(USERNAME);
    }
}
