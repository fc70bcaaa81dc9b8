package io.ownership.web.config;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Controllers are mapped by {@link LiteralPrefixHandlerMapping}, configured by Spring
 * Boot like its own.
 */
@Configuration(proxyBeanMethods = false)
class HandlerMappingConfiguration {

	@Bean
	WebMvcRegistrations literalPrefixHandlerMapping() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new LiteralPrefixHandlerMapping();
			}

		};
	}

}
