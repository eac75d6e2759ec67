package io.cairn.ports.in.widget;

/**
 * Use case: an anonymous widget reads what it needs to render its bot, from an allowed origin and within the
 * visitor's rate limit.
 */
public interface ReadWidgetConfigUseCase {

    WidgetConfig read(WidgetVisit visit);
}
