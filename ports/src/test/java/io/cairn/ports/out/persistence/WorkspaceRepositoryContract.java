package io.cairn.ports.out.persistence;

import static io.cairn.ports.out.persistence.PersistenceFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cairn.domain.tenant.OrganizationId;
import io.cairn.domain.tenant.Workspace;
import io.cairn.domain.tenant.WorkspaceId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link WorkspaceRepository} shares: the fake and each database adapter extend it. */
public abstract class WorkspaceRepositoryContract {

    private final OrganizationId orgA = OrganizationId.random();
    private final OrganizationId orgB = OrganizationId.random();
    private WorkspaceRepository workspaces;

    /** A repository to test; it may hold other tests' rows, never this test's random tenants. */
    protected abstract WorkspaceRepository newRepository();

    @BeforeEach
    void createRepository() {
        workspaces = newRepository();
    }

    @Test
    void should_find_workspace_when_saved() {
        // given
        Workspace workspace = new Workspace(WorkspaceId.random(), orgA, "Default", at(1));
        // when
        workspaces.save(workspace);
        // then
        assertThat(workspaces.findById(orgA, workspace.id())).contains(workspace);
    }

    @Test
    void should_rename_workspace_when_saved_again() {
        // given
        Workspace workspace = new Workspace(WorkspaceId.random(), orgA, "Default", at(1));
        workspaces.save(workspace);
        Workspace renamed = new Workspace(workspace.id(), orgA, "Support", workspace.createdAt());
        // when
        workspaces.save(renamed);
        // then
        assertThat(workspaces.findById(orgA, workspace.id())).contains(renamed);
        assertThat(workspaces.listByOrganization(orgA)).containsExactly(renamed);
    }

    @Test
    void should_find_nothing_when_workspace_belongs_to_another_tenant() {
        // given
        Workspace workspace = new Workspace(WorkspaceId.random(), orgB, "Theirs", at(1));
        workspaces.save(workspace);
        // when / then
        assertThat(workspaces.findById(orgA, workspace.id())).isEmpty();
        assertThat(workspaces.findById(orgB, WorkspaceId.random())).isEmpty();
        assertThat(workspaces.listByOrganization(orgA)).isEmpty();
    }

    @Test
    void should_refuse_to_move_workspace_when_another_tenant_saves_the_same_id() {
        // given
        Workspace workspace = new Workspace(WorkspaceId.random(), orgA, "Mine", at(1));
        workspaces.save(workspace);
        Workspace hijack = new Workspace(workspace.id(), orgB, "Hijack", at(1));
        // when / then
        assertThatThrownBy(() -> workspaces.save(hijack)).isInstanceOf(RuntimeException.class);
        assertThat(workspaces.findById(orgA, workspace.id())).contains(workspace);
        assertThat(workspaces.listByOrganization(orgB)).isEmpty();
    }

    @Test
    void should_list_workspaces_of_one_tenant_oldest_first_when_asked() {
        // given
        Workspace second = new Workspace(WorkspaceId.random(), orgA, "Second", at(2));
        Workspace first = new Workspace(WorkspaceId.random(), orgA, "First", at(1));
        workspaces.save(second);
        workspaces.save(first);
        workspaces.save(new Workspace(WorkspaceId.random(), orgB, "Other", at(0)));
        // when / then
        assertThat(workspaces.listByOrganization(orgA)).containsExactly(first, second);
    }
}
