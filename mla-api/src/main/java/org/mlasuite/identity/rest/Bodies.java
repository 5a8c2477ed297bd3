package org.mlasuite.identity.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import org.mlasuite.identity.application.Passwords;
import org.mlasuite.identity.application.TokenService;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.ApiToken;
import org.mlasuite.identity.domain.Role;

/** The JSON bodies of the identity resources. */
public final class Bodies {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";
    static final String USERNAME_RULE = "A username is 3 to 64 characters: lower-case letters, digits, '.', '_' or '-', "
            + "starting with a letter or digit.";
    static final String PASSWORD_RULE = "A password has " + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH + " characters.";

    private Bodies() {
    }

    public record Login(
            @NotBlank(message = "Give the username.") @Size(max = 64, message = "A username has at most 64 characters.") String username,
            @NotNull(message = "Give the password.") @Size(max = Passwords.MAX_LENGTH, message = PASSWORD_RULE) String password) {
    }

    public record Setup(
            @NotBlank(message = "Give the setup token printed in the server log.") String setupToken,
            @NotNull(message = USERNAME_RULE) @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
            @NotNull(message = PASSWORD_RULE) @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = PASSWORD_RULE) String password) {
    }

    public record NewAccount(
            @NotNull(message = USERNAME_RULE) @Pattern(regexp = USERNAME, message = USERNAME_RULE) String username,
            @Size(max = 200, message = "A display name has at most 200 characters.") String displayName,
            @NotNull(message = PASSWORD_RULE) @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = PASSWORD_RULE) String password,
            @NotEmpty(message = "Give the account at least one role.") List<@NotNull String> roles,
            @Pattern(regexp = "[A-Z]{3}", message = "The State is an ISO 3166-1 alpha-3 code in capitals, for example FRA.") String stateCode) {
    }

    public record AccountChange(
            @NotEmpty(message = "Give the account at least one role.") List<@NotNull String> roles,
            @Pattern(regexp = "[A-Z]{3}", message = "The State is an ISO 3166-1 alpha-3 code in capitals, for example FRA.") String stateCode,
            @NotNull(message = "Say whether the account is enabled.") Boolean enabled) {
    }

    public record PasswordChange(
            @NotNull(message = "Give the current password.") @Size(max = Passwords.MAX_LENGTH, message = PASSWORD_RULE) String currentPassword,
            @NotNull(message = PASSWORD_RULE) @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = PASSWORD_RULE) String newPassword) {
    }

    public record PasswordReset(
            @NotNull(message = PASSWORD_RULE) @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH, message = PASSWORD_RULE) String password) {
    }

    public record NewToken(
            @NotBlank(message = "Name the token after where it will be used.") @Size(max = 100, message = "A token name has at most 100 characters.") String name,
            @Min(value = 1, message = "A token lives 1 to " + TokenService.MAX_DAYS + " days.")
            @Max(value = TokenService.MAX_DAYS, message = "A token lives 1 to " + TokenService.MAX_DAYS + " days.") Integer days) {
    }

    /** An account as administrators and its owner see it. */
    public record AccountView(String username, String displayName, List<String> roles, String stateCode, boolean enabled,
            LocalDateTime created) {

        public static AccountView of(Account a) {
            return new AccountView(a.username(), a.displayName(), a.roles().stream().map(Role::code).sorted().toList(),
                    a.stateCode(), a.enabled(), a.created());
        }
    }

    /** The caller and, for a browser session, the CSRF token to send back in X-CSRF-Token. */
    public record SessionView(AccountView account, String csrfToken) {
    }

    public record TokenView(String id, String name, LocalDateTime created, LocalDateTime expires, LocalDateTime lastUsed,
            LocalDateTime revoked) {

        public static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.name(), t.created(), t.expires(), t.lastUsed(), t.revoked());
        }
    }

    /** A token just created: the only response that ever holds its secret. */
    public record IssuedTokenView(String id, String name, LocalDateTime expires, String token) {
    }
}
