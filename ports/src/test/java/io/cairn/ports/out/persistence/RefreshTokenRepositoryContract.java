package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.cairn.domain.common.ContentHash;
import io.cairn.domain.session.RefreshToken;
import io.cairn.domain.session.RefreshTokenId;
import io.cairn.domain.session.TokenFamilyId;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link RefreshTokenRepository} shares: the fake and each database adapter extend it. */
public abstract class RefreshTokenRepositoryContract {

    private final OrganizationId org = OrganizationId.random();
    private final UserId user = UserId.random();
    private final TokenFamilyId family = TokenFamilyId.random();
    private RefreshTokenRepository tokens;

    /** A repository to test; it may hold other tests' rows, never this test's random ids. */
    protected abstract RefreshTokenRepository newRepository();

    @BeforeEach
    void createRepository() {
        tokens = newRepository();
    }

    @Test
    void should_find_token_by_hash_when_saved() {
        // given
        RefreshToken token = token(family, org);
        // when
        tokens.save(token);
        // then
        assertThat(tokens.findByHash(org, token.tokenHash())).contains(token);
        assertThat(tokens.findByHash(org, anyHash())).isEmpty();
    }

    @Test
    void should_find_nothing_when_hash_is_looked_up_in_another_organization() {
        // given
        RefreshToken token = token(family, org);
        tokens.save(token);
        // when / then
        assertThat(tokens.findByHash(OrganizationId.random(), token.tokenHash()))
                .isEmpty();
    }

    @Test
    void should_spend_a_token_only_once_when_spent_twice() {
        // given
        RefreshToken token = token(family, org);
        tokens.save(token);
        // when
        boolean first = tokens.spend(org, token.id(), at(10));
        boolean second = tokens.spend(org, token.id(), at(11));
        // then
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        RefreshToken stored = tokens.findByHash(org, token.tokenHash()).orElseThrow();
        assertThat(stored.spentAt()).contains(at(10));
        assertThat(stored.isRevoked()).isFalse();
    }

    @Test
    void should_not_spend_when_token_is_revoked_or_belongs_to_another_organization() {
        // given
        RefreshToken revoked = token(family, org);
        RefreshToken foreign = token(TokenFamilyId.random(), org);
        tokens.save(revoked);
        tokens.save(foreign);
        tokens.revokeFamily(org, family, at(5));
        // when / then
        assertThat(tokens.spend(org, revoked.id(), at(10))).isFalse();
        assertThat(tokens.spend(OrganizationId.random(), foreign.id(), at(10))).isFalse();
        assertThat(tokens.findByHash(org, foreign.tokenHash()).orElseThrow().isSpent())
                .isFalse();
    }

    @Test
    void should_revoke_every_token_of_the_family_when_the_family_is_revoked() {
        // given
        RefreshToken spent = token(family, org);
        RefreshToken newest = token(family, org);
        RefreshToken otherFamily = token(TokenFamilyId.random(), org);
        tokens.save(spent);
        tokens.save(newest);
        tokens.save(otherFamily);
        tokens.spend(org, spent.id(), at(10));
        // when
        int revoked = tokens.revokeFamily(org, family, at(20));
        // then
        assertThat(revoked).isEqualTo(2);
        assertThat(tokens.findByHash(org, spent.tokenHash()).orElseThrow().revokedAt())
                .contains(at(20));
        assertThat(tokens.findByHash(org, newest.tokenHash()).orElseThrow().revokedAt())
                .contains(at(20));
        assertThat(tokens.findByHash(org, otherFamily.tokenHash()).orElseThrow().isRevoked())
                .isFalse();
        assertThat(tokens.revokeFamily(org, family, at(30))).isZero();
    }

    @Test
    void should_leave_the_family_alone_when_another_organization_revokes_it() {
        // given
        RefreshToken token = token(family, org);
        tokens.save(token);
        // when
        int revoked = tokens.revokeFamily(OrganizationId.random(), family, at(20));
        // then
        assertThat(revoked).isZero();
        assertThat(tokens.findByHash(org, token.tokenHash()).orElseThrow().isRevoked())
                .isFalse();
    }

    @Test
    void should_let_exactly_one_caller_spend_when_many_race_for_one_token() throws Exception {
        // given
        RefreshToken token = token(family, org);
        tokens.save(token);
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                int second = i;
                Callable<Boolean> spend = () -> {
                    start.await();
                    return tokens.spend(org, token.id(), at(second));
                };
                results.add(pool.submit(spend));
            }
            // when
            start.countDown();
            int winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            // then
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private RefreshToken token(TokenFamilyId family, OrganizationId organization) {
        return RefreshToken.issued(RefreshTokenId.random(), family, organization, user, anyHash(), at(0), at(3600));
    }

    private static String anyHash() {
        return ContentHash.of(UUID.randomUUID().toString());
    }
}
