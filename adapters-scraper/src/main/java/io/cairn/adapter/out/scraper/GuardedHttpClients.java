package io.cairn.adapter.out.scraper;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the fetcher's HTTP client: DNS only through the guard, and no automatic redirects, retries, cookies or
 * proxies (a proxy would resolve the host itself, behind the guard's back).
 */
final class GuardedHttpClients {

    static final String USER_AGENT = "CairnBot/0.1 (+https://cairn.io/bot)";

    private GuardedHttpClients() {}

    static CloseableHttpClient create(FetchSettings settings, GuardedDnsResolver resolver) {
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout idleRead = Timeout.of(
                settings.connectTimeout().compareTo(settings.totalTimeout()) < 0
                        ? settings.connectTimeout()
                        : settings.totalTimeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setDefaultSocketConfig(
                        SocketConfig.custom().setSoTimeout(idleRead).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(idleRead)
                        .build())
                .setMaxConnTotal(64)
                .setMaxConnPerRoute(4)
                .build();
        return HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(idleRead)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(USER_AGENT)
                .build();
    }
}
