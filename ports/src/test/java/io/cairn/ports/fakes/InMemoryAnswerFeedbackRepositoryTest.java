package io.cairn.ports.fakes;

import io.cairn.ports.out.persistence.AnswerFeedbackRepository;
import io.cairn.ports.out.persistence.AnswerFeedbackRepositoryContract;

class InMemoryAnswerFeedbackRepositoryTest extends AnswerFeedbackRepositoryContract {

    @Override
    protected AnswerFeedbackRepository newRepository() {
        return new InMemoryAnswerFeedbackRepository();
    }
}
