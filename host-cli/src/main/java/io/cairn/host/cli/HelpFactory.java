package io.cairn.host.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Builds commands for {@code --help} and {@code --version} alone, without starting the application: the sole
 * constructor gets {@code null} collaborators, which usage text never touches.
 */
final class HelpFactory implements CommandLine.IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return CommandLine.defaultFactory().create(type);
        } catch (NoSuchMethodException needsCollaborators) {
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            Object[] none = new Object[constructor.getParameterCount()];
            return type.cast(constructor.newInstance(none));
        }
    }
}
