package io.ownership.web.support;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page may use: links that keep the current list's parameters.
 */
@ControllerAdvice
class GlobalModel {

	@ModelAttribute("links")
	PageLinks links(HttpServletRequest request) {
		return new PageLinks(request.getRequestURI(), request.getQueryString());
	}

}
