package io.cairn.ports.in.widget;

import io.cairn.domain.bot.BotId;
import io.cairn.domain.tenant.Actor;
import io.cairn.domain.widget.AnswerFeedback;
import io.cairn.domain.widget.Lead;
import java.util.List;

/** Use case: a bot's members read what widget visitors left: ratings (any member) and leads (owners and admins). */
public interface FindVisitorResponsesUseCase {

    List<AnswerFeedback> feedback(Actor actor, BotId bot, int limit);

    List<Lead> leads(Actor actor, BotId bot, int limit);
}
