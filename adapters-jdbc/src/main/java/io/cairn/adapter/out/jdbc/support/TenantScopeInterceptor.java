package io.cairn.adapter.out.jdbc.support;

import io.cairn.domain.tenant.OrganizationId;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a {@link TenantScoped} repository method as the tenant it works for: the first {@link OrganizationId}
 * argument, or the {@code organizationId()} of the first record argument that has one (a saved aggregate). A method
 * with neither (a lookup by publishable key or token hash) runs across tenants.
 */
@Singleton
public class TenantScopeInterceptor implements MethodInterceptor<Object, Object> {

    private static final Map<Class<?>, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final TenantSessions sessions;

    TenantScopeInterceptor(TenantSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Optional<OrganizationId> tenant = tenantOf(context.getParameterValues());
        return tenant.isPresent() ? sessions.within(tenant.get(), context::proceed) : sessions.system(context::proceed);
    }

    static Optional<OrganizationId> tenantOf(Object[] arguments) {
        for (Object argument : arguments) {
            if (argument instanceof OrganizationId id) {
                return Optional.of(id);
            }
        }
        for (Object argument : arguments) {
            if (argument != null) {
                Optional<Method> accessor =
                        ACCESSORS.computeIfAbsent(argument.getClass(), TenantScopeInterceptor::accessor);
                if (accessor.isPresent()) {
                    return Optional.of(invoke(accessor.get(), argument));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Method> accessor(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("organizationId") && component.getType() == OrganizationId.class) {
                return Optional.of(component.getAccessor());
            }
        }
        return Optional.empty();
    }

    private static OrganizationId invoke(Method accessor, Object target) {
        try {
            return (OrganizationId) accessor.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot read the tenant of " + target.getClass().getSimpleName(), e);
        }
    }
}
