package io.ownership.web.config;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * A static file as bytes in memory, with its name and last modification read once: the
 * resource chain's cache keeps what this resolver answers, so a request neither searches
 * the class path (through the fat jar's nested jars) for the file's date and length nor
 * reads the file from its jar. Only the application's own files and its webjars pass
 * here, a fixed set of small files (about 1 MB in all).
 */
final class InMemoryResources extends AbstractResourceResolver {

	@Override
	protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		if (resource == null) {
			return null;
		}
		try {
			// TransformedResource: the bytes with the original's file name and date
			return new TransformedResource(resource, resource.getContentAsByteArray());
		}
		catch (IOException ex) {
			// served from where it is, as before
			return resource;
		}
	}

	@Override
	protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourceUrlPath, locations);
	}

}
