package org.mlasuite.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Case data must not linger in browser or proxy caches (a shared computer, a corporate proxy): every response of
 * a non-public resource, and every error, is {@code Cache-Control: no-store}. Public reference data keeps the
 * caching its resource chose.
 */
@Provider
public class NoStoreFilter implements ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!AccessFilter.isPublic(resource) || response.getStatus() >= 400) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("Pragma", "no-cache");
        }
    }
}
