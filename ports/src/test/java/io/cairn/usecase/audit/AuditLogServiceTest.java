package io.cairn.usecase.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.audit.AuditEntry;
import io.cairn.domain.error.ForbiddenException;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Role;
import io.cairn.domain.tenant.UserId;
import io.cairn.ports.fakes.InMemoryAuditLogRepository;
import io.cairn.ports.fakes.MutableClock;
import org.junit.jupiter.api.Test;

class AuditLogServiceTest {

    private final MutableClock clock = new MutableClock();
    private final AuditLogService audit = new AuditLogService(new InMemoryAuditLogRepository(), clock);
    private final OrganizationId acme = OrganizationId.random();
    private final Actor admin = Actor.member(UserId.random(), acme, Role.ADMIN);

    @Test
    void should_list_the_organizations_entries_newest_first_when_an_admin_reads_the_log() {
        // given
        audit.record(admin, "POST /api/v1/bots", "/api/v1/bots", 201, "10.0.0.1");
        audit.record(admin, "DELETE /api/v1/bots/{botId}", "/api/v1/bots/b1", 204, "10.0.0.1");
        audit.record(Actor.member(UserId.random(), OrganizationId.random(), Role.OWNER), "POST x", "/x", 201, "ip");
        // when
        var entries = audit.latest(admin, 10);
        // then
        assertThat(entries)
                .extracting(AuditEntry::action)
                .containsExactly("DELETE /api/v1/bots/{botId}", "POST /api/v1/bots");
        assertThat(entries.get(0).actor()).isEqualTo(admin.userId());
    }

    @Test
    void should_refuse_the_log_when_an_editor_asks() {
        Actor editor = Actor.member(UserId.random(), acme, Role.EDITOR);
        assertThatThrownBy(() -> audit.latest(editor, 10)).isInstanceOf(ForbiddenException.class);
    }
}
