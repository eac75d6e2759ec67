package io.cairn.host.server;

import io.cairn.ports.in.account.FindAccountUseCase;
import io.cairn.ports.in.account.RefreshSessionUseCase;
import io.cairn.ports.in.apikey.AuthenticateApiKeyUseCase;
import io.cairn.ports.in.apikey.ManageApiKeysUseCase;
import io.cairn.ports.out.persistence.ApiKeyRepository;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.RefreshTokenRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.account.RefreshSessionService;
import io.cairn.usecase.apikey.AuthenticateApiKeyService;
import io.cairn.usecase.apikey.ManageApiKeysService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Builds the use-case services of credentials: refresh-token families and API keys. */
@Factory
class AccountSecurityFactory {

    @Singleton
    RefreshSessionUseCase refreshSessions(RefreshTokenRepository tokens, FindAccountUseCase accounts, ClockPort clock) {
        return new RefreshSessionService(tokens, accounts, clock);
    }

    @Singleton
    ManageApiKeysUseCase manageApiKeys(ApiKeyRepository keys, WorkspaceRepository workspaces, ClockPort clock) {
        return new ManageApiKeysService(keys, workspaces, clock);
    }

    @Singleton
    AuthenticateApiKeyUseCase authenticateApiKeys(
            ApiKeyRepository keys,
            MembershipRepository memberships,
            OrganizationRepository organizations,
            BotRepository bots,
            ClockPort clock) {
        return new AuthenticateApiKeyService(keys, memberships, organizations, bots, clock);
    }
}
