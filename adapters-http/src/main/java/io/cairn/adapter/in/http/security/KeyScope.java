package io.cairn.adapter.in.http.security;

import io.cairn.domain.apikey.ApiKeyScope;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The API key scope a controller or route accepts. Routes without it accept only {@code admin} keys, so a new
 * route is closed to narrower keys until someone opens it on purpose. Signed-in users are not affected.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KeyScope {

    ApiKeyScope value();
}
