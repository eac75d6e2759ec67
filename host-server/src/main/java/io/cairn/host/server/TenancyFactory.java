package io.cairn.host.server;

import io.cairn.ports.in.audit.AuditLogUseCase;
import io.cairn.ports.in.member.InviteMemberUseCase;
import io.cairn.ports.in.member.ManageMembersUseCase;
import io.cairn.ports.in.tenant.ManageTenantUseCase;
import io.cairn.ports.out.index.RetrievalIndexPort;
import io.cairn.ports.out.persistence.AuditLogRepository;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.InvitationRepository;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.TenantErasurePort;
import io.cairn.ports.out.persistence.TransactionPort;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.security.PasswordHasherPort;
import io.cairn.ports.out.time.ClockPort;
import io.cairn.usecase.account.InvitationService;
import io.cairn.usecase.audit.AuditLogService;
import io.cairn.usecase.billing.PlanGate;
import io.cairn.usecase.member.ManageMembersService;
import io.cairn.usecase.tenant.ManageTenantService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Builds the use-case services of tenancy: members, roles, invitations, and the operator's suspend and delete. */
@Factory
class TenancyFactory {

    @Singleton
    ManageMembersUseCase manageMembers(MembershipRepository memberships, UserRepository users, TransactionPort tx) {
        return new ManageMembersService(memberships, users, tx);
    }

    @Singleton
    AuditLogUseCase auditLog(AuditLogRepository log, ClockPort clock) {
        return new AuditLogService(log, clock);
    }

    @Singleton
    ManageTenantUseCase manageTenant(
            OrganizationRepository organizations,
            BotRepository bots,
            RetrievalIndexPort index,
            TenantErasurePort erasure,
            ClockPort clock) {
        return new ManageTenantService(organizations, bots, index, erasure, clock);
    }

    @Singleton
    InviteMemberUseCase inviteMember(
            InvitationRepository invitations,
            UserRepository users,
            MembershipRepository memberships,
            OrganizationRepository organizations,
            WorkspaceRepository workspaces,
            PasswordHasherPort hasher,
            TransactionPort tx,
            ClockPort clock,
            PlanGate plans) {
        return new InvitationService(
                invitations, users, memberships, organizations, workspaces, hasher, tx, clock, plans);
    }
}
