package io.cairn.adapter.out.jdbc.widget;

import io.cairn.adapter.out.jdbc.H2TestDatabase;
import io.cairn.ports.out.persistence.AnswerFeedbackRepository;
import io.cairn.ports.out.persistence.AnswerFeedbackRepositoryContract;

class JdbcAnswerFeedbackRepositoryTest extends AnswerFeedbackRepositoryContract {

    @Override
    protected AnswerFeedbackRepository newRepository() {
        return H2TestDatabase.context().getBean(JdbcAnswerFeedbackRepository.class);
    }
}
