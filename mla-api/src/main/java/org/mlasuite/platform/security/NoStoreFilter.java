package org.mlasuite.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Case data and secrets must not linger in browser or proxy caches (a shared computer, a corporate proxy): every
 * response is {@code Cache-Control: no-store} except a successful GET of a public resource (reference data),
 * which keeps the caching its resource chose. So a login answer, carrying a CSRF token, is never stored either.
 */
@Provider
public class NoStoreFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean referenceData = AccessFilter.isPublic(resource) && "GET".equals(request.getMethod())
                && response.getStatus() < 400 && !response.getHeaders().containsKey("Set-Cookie");
        if (!referenceData) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("Pragma", "no-cache");
        }
    }
}
