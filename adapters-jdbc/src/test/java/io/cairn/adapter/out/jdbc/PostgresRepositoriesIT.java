package io.cairn.adapter.out.jdbc;

import io.cairn.adapter.out.jdbc.billing.JdbcPaymentEventRepository;
import io.cairn.adapter.out.jdbc.billing.JdbcSubscriptionRepository;
import io.cairn.adapter.out.jdbc.bot.JdbcBotRepository;
import io.cairn.adapter.out.jdbc.chat.JdbcConversationRepository;
import io.cairn.adapter.out.jdbc.chat.JdbcMessageRepository;
import io.cairn.adapter.out.jdbc.source.JdbcDocumentRepository;
import io.cairn.adapter.out.jdbc.source.JdbcSourceContentRepository;
import io.cairn.adapter.out.jdbc.source.JdbcSourceRepository;
import io.cairn.adapter.out.jdbc.tenant.JdbcMembershipRepository;
import io.cairn.adapter.out.jdbc.tenant.JdbcOrganizationRepository;
import io.cairn.adapter.out.jdbc.tenant.JdbcUserRepository;
import io.cairn.adapter.out.jdbc.tenant.JdbcWorkspaceRepository;
import io.cairn.adapter.out.jdbc.widget.JdbcAnswerFeedbackRepository;
import io.cairn.adapter.out.jdbc.widget.JdbcLeadRepository;
import io.cairn.ports.out.persistence.AnswerFeedbackRepository;
import io.cairn.ports.out.persistence.AnswerFeedbackRepositoryContract;
import io.cairn.ports.out.persistence.BotRepository;
import io.cairn.ports.out.persistence.BotRepositoryContract;
import io.cairn.ports.out.persistence.ConversationRepository;
import io.cairn.ports.out.persistence.ConversationRepositoryContract;
import io.cairn.ports.out.persistence.DocumentRepository;
import io.cairn.ports.out.persistence.DocumentRepositoryContract;
import io.cairn.ports.out.persistence.InvitationRepository;
import io.cairn.ports.out.persistence.InvitationRepositoryContract;
import io.cairn.ports.out.persistence.LeadRepository;
import io.cairn.ports.out.persistence.LeadRepositoryContract;
import io.cairn.ports.out.persistence.MembershipRepository;
import io.cairn.ports.out.persistence.MembershipRepositoryContract;
import io.cairn.ports.out.persistence.MessageRepository;
import io.cairn.ports.out.persistence.MessageRepositoryContract;
import io.cairn.ports.out.persistence.OrganizationRepository;
import io.cairn.ports.out.persistence.OrganizationRepositoryContract;
import io.cairn.ports.out.persistence.PaymentEventRepository;
import io.cairn.ports.out.persistence.PaymentEventRepositoryContract;
import io.cairn.ports.out.persistence.SourceContentRepository;
import io.cairn.ports.out.persistence.SourceContentRepositoryContract;
import io.cairn.ports.out.persistence.SourceRepository;
import io.cairn.ports.out.persistence.SourceRepositoryContract;
import io.cairn.ports.out.persistence.SubscriptionRepository;
import io.cairn.ports.out.persistence.SubscriptionRepositoryContract;
import io.cairn.ports.out.persistence.UsageRepository;
import io.cairn.ports.out.persistence.UsageRepositoryContract;
import io.cairn.ports.out.persistence.UserRepository;
import io.cairn.ports.out.persistence.UserRepositoryContract;
import io.cairn.ports.out.persistence.WorkspaceRepository;
import io.cairn.ports.out.persistence.WorkspaceRepositoryContract;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same repository contracts as the H2 tests, on a real PostgreSQL named by {@code CAIRN_TEST_POSTGRES_URL}
 * (with {@code CAIRN_TEST_POSTGRES_USER} and {@code CAIRN_TEST_POSTGRES_PASSWORD}); skipped when it is not set.
 */
@EnabledIfEnvironmentVariable(named = "CAIRN_TEST_POSTGRES_URL", matches = ".+")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresRepositoriesIT {

    private static ApplicationContext context;

    @BeforeAll
    static void connect() {
        context = ApplicationContext.run(PostgresTestDatabase.properties());
    }

    @AfterAll
    static void disconnect() {
        context.close();
    }

    @Nested
    class Organizations extends OrganizationRepositoryContract {
        @Override
        protected OrganizationRepository newRepository() {
            return context.getBean(JdbcOrganizationRepository.class);
        }
    }

    @Nested
    class Users extends UserRepositoryContract {
        @Override
        protected UserRepository newRepository() {
            return context.getBean(JdbcUserRepository.class);
        }
    }

    @Nested
    class Memberships extends MembershipRepositoryContract {
        @Override
        protected MembershipRepository newRepository() {
            return context.getBean(JdbcMembershipRepository.class);
        }
    }

    @Nested
    class Invitations extends InvitationRepositoryContract {
        @Override
        protected InvitationRepository newRepository() {
            return context.getBean(io.cairn.adapter.out.jdbc.tenant.JdbcInvitationRepository.class);
        }
    }

    @Nested
    class Workspaces extends WorkspaceRepositoryContract {
        @Override
        protected WorkspaceRepository newRepository() {
            return context.getBean(JdbcWorkspaceRepository.class);
        }
    }

    @Nested
    class Bots extends BotRepositoryContract {
        @Override
        protected BotRepository newRepository() {
            return context.getBean(JdbcBotRepository.class);
        }
    }

    @Nested
    class Sources extends SourceRepositoryContract {
        @Override
        protected SourceRepository newRepository() {
            return context.getBean(JdbcSourceRepository.class);
        }
    }

    @Nested
    class SourceContents extends SourceContentRepositoryContract {
        @Override
        protected SourceContentRepository newRepository() {
            return context.getBean(JdbcSourceContentRepository.class);
        }
    }

    @Nested
    class Documents extends DocumentRepositoryContract {
        @Override
        protected DocumentRepository newRepository() {
            return context.getBean(JdbcDocumentRepository.class);
        }
    }

    @Nested
    class Conversations extends ConversationRepositoryContract {
        @Override
        protected ConversationRepository newRepository() {
            return context.getBean(JdbcConversationRepository.class);
        }
    }

    @Nested
    class Messages extends MessageRepositoryContract {
        @Override
        protected MessageRepository newRepository() {
            return context.getBean(JdbcMessageRepository.class);
        }
    }

    @Nested
    class AnswerFeedback extends AnswerFeedbackRepositoryContract {
        @Override
        protected AnswerFeedbackRepository newRepository() {
            return context.getBean(JdbcAnswerFeedbackRepository.class);
        }
    }

    @Nested
    class Leads extends LeadRepositoryContract {
        @Override
        protected LeadRepository newRepository() {
            return context.getBean(JdbcLeadRepository.class);
        }
    }

    @Nested
    class Usage extends UsageRepositoryContract {
        @Override
        protected UsageRepository newRepository() {
            return context.getBean(io.cairn.adapter.out.jdbc.billing.JdbcUsageRepository.class);
        }
    }

    @Nested
    class PaymentEvents extends PaymentEventRepositoryContract {
        @Override
        protected PaymentEventRepository newRepository() {
            return context.getBean(JdbcPaymentEventRepository.class);
        }
    }

    @Nested
    class Subscriptions extends SubscriptionRepositoryContract {
        @Override
        protected SubscriptionRepository newRepository() {
            return context.getBean(JdbcSubscriptionRepository.class);
        }
    }

    @Nested
    class Webhooks extends io.cairn.ports.out.persistence.WebhookRepositoriesContract {
        @Override
        protected io.cairn.ports.out.persistence.WebhookEndpointRepository newEndpoints() {
            return context.getBean(io.cairn.adapter.out.jdbc.webhook.JdbcWebhookEndpointRepository.class);
        }

        @Override
        protected io.cairn.ports.out.persistence.WebhookDeliveryRepository newDeliveries() {
            return context.getBean(io.cairn.adapter.out.jdbc.webhook.JdbcWebhookDeliveryRepository.class);
        }
    }
}
