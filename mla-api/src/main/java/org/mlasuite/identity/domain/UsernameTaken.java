package org.mlasuite.identity.domain;

/** An account with this username exists (or existed: usernames are never reused). */
public class UsernameTaken extends RuntimeException {

    public UsernameTaken(String username) {
        super("The username '" + username + "' is taken.");
    }
}
