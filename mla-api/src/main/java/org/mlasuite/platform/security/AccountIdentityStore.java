package org.mlasuite.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlasuite.identity.application.AccountService;
import org.mlasuite.identity.application.LoginResult;
import org.mlasuite.identity.application.TokenService;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.Role;

/**
 * The suite's Jakarta Security identity store: passwords through {@link AccountService} (with its lockout and
 * audit of failures), API tokens through {@link TokenService}. Groups are the role codes.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential password) {
            LoginResult result = accounts.login(password.getCaller(), password.getPassword().getValue());
            return result instanceof LoginResult.Valid valid ? valid(valid.account()) : CredentialValidationResult.INVALID_RESULT;
        }
        if (credential instanceof ApiTokenCredential token) {
            Optional<Account> account = tokens.authenticate(token.token());
            return account.map(AccountIdentityStore::valid).orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    @Override
    public Set<ValidationType> validationTypes() {
        // the groups come with the validation result; no second lookup
        return EnumSet.of(ValidationType.VALIDATE);
    }

    static CredentialValidationResult valid(Account account) {
        return new CredentialValidationResult(account.username(), groups(account));
    }

    static Set<String> groups(Account account) {
        return account.roles().stream().map(Role::code).collect(Collectors.toSet());
    }
}
