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
 * <p>
 * Each file in memory keeps its original's description: the resource chain's transformer
 * cache is keyed by the resource, and a versioned file
 * ({@code /css/ownership-<hash>.css}) equals another whose description is the same. With
 * the byte array's one description for every file, the first versioned file served was
 * served for every other one of its folder (a matrix page got the application's style
 * sheet instead of its own).
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
			return new InMemory(resource, resource.getContentAsByteArray());
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

	/**
	 * A file's bytes with its original's file name, date and description.
	 */
	private static final class InMemory extends TransformedResource {

		private final String description;

		InMemory(Resource original, byte[] content) throws IOException {
			super(original, content);
			this.description = original.getDescription();
		}

		@Override
		public String getDescription() {
			return this.description;
		}

	}

}
