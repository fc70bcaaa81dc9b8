package io.ownership.web.api;

import java.util.List;

import io.ownership.core.gate.TokenGrant;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * API controllers may ask for the presenting token's {@link TokenGrant} as a parameter.
 */
@Configuration(proxyBeanMethods = false)
class ApiArguments implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new HandlerMethodArgumentResolver() {

			@Override
			public boolean supportsParameter(MethodParameter parameter) {
				return parameter.getParameterType().equals(TokenGrant.class);
			}

			@Override
			public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
					NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
				Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
				if (authentication instanceof ApiTokenAuthentication token) {
					return token.getPrincipal();
				}
				throw new org.springframework.security.access.AccessDeniedException("No API token");
			}

		});
	}

}
