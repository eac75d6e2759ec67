package io.cairn.adapter.out.jdbc.support;

import io.micronaut.aop.Around;
import io.micronaut.context.annotation.Type;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a repository adapter whose public methods run inside {@link TenantSessions}: as the tenant their arguments
 * name, or across tenants when none does. PostgreSQL's row-level security then backs up every query's own tenant
 * filter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Around
@Type(TenantScopeInterceptor.class)
public @interface TenantScoped {}
