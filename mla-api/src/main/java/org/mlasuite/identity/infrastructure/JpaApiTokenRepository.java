package org.mlasuite.identity.infrastructure;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.mlasuite.identity.domain.ApiToken;
import org.mlasuite.identity.domain.ApiTokenRepository;
import org.mlasuite.platform.persistence.Transactions;

/** API tokens in the relational database, by their SHA-256. */
public final class JpaApiTokenRepository implements ApiTokenRepository {

    private final Transactions tx;
    private final Clock clock;

    public JpaApiTokenRepository(Supplier<EntityManagerFactory> factory, Clock clock) {
        this.tx = new Transactions(factory);
        this.clock = clock;
    }

    @Override
    public ApiToken add(String username, String name, String tokenSha256, LocalDateTime expires) {
        return tx.run(em -> {
            AccountEntity account = JpaAccountRepository.byUsername(em, username)
                    .orElseThrow(() -> new IllegalArgumentException("no account " + username));
            ApiTokenEntity e = new ApiTokenEntity();
            e.id = UUID.randomUUID().toString();
            e.account = account;
            e.name = name;
            e.tokenSha256 = tokenSha256;
            e.created = LocalDateTime.now(clock).withNano(0);
            e.expires = expires;
            em.persist(e);
            return toToken(e);
        });
    }

    @Override
    public Optional<ApiToken> use(String tokenSha256, LocalDateTime now) {
        return tx.run(em -> em.createNamedQuery("ApiTokenEntity.byHash", ApiTokenEntity.class).setParameter("hash", tokenSha256)
                .getResultStream().findFirst().map(e -> {
                    // one write a minute at most: last-used is for the owner's overview, not a per-request log
                    if (e.lastUsed == null || e.lastUsed.isBefore(now.minusMinutes(1))) {
                        e.lastUsed = now;
                    }
                    return toToken(e);
                }));
    }

    @Override
    public List<ApiToken> of(String username) {
        return tx.run(em -> em.createNamedQuery("ApiTokenEntity.ofUser", ApiTokenEntity.class).setParameter("username", username)
                .getResultList().stream().map(JpaApiTokenRepository::toToken).toList());
    }

    @Override
    public boolean revoke(String username, String id, LocalDateTime now) {
        return tx.run(em -> {
            ApiTokenEntity e = em.find(ApiTokenEntity.class, id);
            if (e == null || !e.account.username.equals(username)) {
                return false;
            }
            if (e.revoked == null) {
                e.revoked = now;
            }
            return true;
        });
    }

    private static ApiToken toToken(ApiTokenEntity e) {
        return new ApiToken(e.id, e.account.username, e.name, e.created, e.expires, e.lastUsed, e.revoked);
    }
}
