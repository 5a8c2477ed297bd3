package org.mlasuite.identity.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mlasuite.identity.domain.Account;
import org.mlasuite.identity.domain.AccountRepository;
import org.mlasuite.identity.domain.Credentials;
import org.mlasuite.identity.domain.Lockout;
import org.mlasuite.identity.domain.Role;
import org.mlasuite.identity.domain.UsernameTaken;
import org.mlasuite.platform.persistence.Transactions;
import org.mlasuite.shared.Coded;

/** Accounts in the relational database; each method one transaction. */
public final class JpaAccountRepository implements AccountRepository {

    private final Transactions tx;
    private final Clock clock;

    public JpaAccountRepository(Supplier<EntityManagerFactory> factory, Clock clock) {
        this.tx = new Transactions(factory);
        this.clock = clock;
    }

    @Override
    public Account add(String username, String displayName, String passwordHash, Set<Role> roles, String stateCode) {
        try {
            return tx.run(em -> {
                if (byUsername(em, username).isPresent()) {
                    throw new UsernameTaken(username);
                }
                AccountEntity e = new AccountEntity();
                e.id = UUID.randomUUID().toString();
                e.username = username;
                e.displayName = displayName;
                e.passwordHash = passwordHash;
                e.stateCode = stateCode;
                e.enabled = true;
                e.created = LocalDateTime.now(clock).withNano(0);
                e.roles = roles.stream().map(Role::code).collect(Collectors.toSet());
                em.persist(e);
                em.flush();
                return toAccount(e);
            });
        } catch (PersistenceException e) {
            // two creations of one username at the same moment: the unique constraint decides
            throw new UsernameTaken(username);
        }
    }

    @Override
    public Optional<Account> find(String username) {
        return tx.run(em -> byUsername(em, username).map(JpaAccountRepository::toAccount));
    }

    @Override
    public Optional<Credentials> credentials(String username) {
        return tx.run(em -> byUsername(em, username).map(e -> new Credentials(toAccount(e), e.passwordHash,
                new Lockout(e.failedLogins, e.failureWindowStart, e.lockedUntil))));
    }

    @Override
    public void recordAttempt(String username, Lockout lockout, String newPasswordHash) {
        tx.run(em -> {
            byUsername(em, username).ifPresent(e -> {
                e.failedLogins = lockout.failures();
                e.failureWindowStart = lockout.windowStart();
                e.lockedUntil = lockout.lockedUntil();
                if (newPasswordHash != null) {
                    e.passwordHash = newPasswordHash;
                }
            });
            return null;
        });
    }

    @Override
    public Optional<Account> update(String username, Set<Role> roles, String stateCode, boolean enabled) {
        return tx.run(em -> byUsername(em, username).map(e -> {
            e.roles.clear();
            e.roles.addAll(roles.stream().map(Role::code).toList());
            e.stateCode = stateCode;
            e.enabled = enabled;
            em.flush();
            return toAccount(e);
        }));
    }

    @Override
    public boolean anyEnabledAdministrator() {
        return tx.run(em -> em.createNamedQuery("AccountEntity.enabledWithRole", Long.class)
                .setParameter("role", Role.ADMINISTRATOR.code()).getSingleResult() > 0);
    }

    @Override
    public List<Account> all() {
        return tx.run(em -> em.createNamedQuery("AccountEntity.all", AccountEntity.class).getResultList().stream()
                .map(JpaAccountRepository::toAccount).toList());
    }

    static Optional<AccountEntity> byUsername(EntityManager em, String username) {
        return em.createNamedQuery("AccountEntity.byUsername", AccountEntity.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    static Account toAccount(AccountEntity e) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        e.roles.forEach(code -> Coded.byCode(Role.class, code).ifPresent(roles::add));
        return new Account(e.id, e.username, e.displayName, roles, e.stateCode, e.enabled, e.created);
    }
}
