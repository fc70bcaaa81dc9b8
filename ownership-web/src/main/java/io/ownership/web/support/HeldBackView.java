package io.ownership.web.support;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Every Thymeleaf page is rendered into a {@link HeldBackResponse} and written once it is
 * whole. Thymeleaf's own way of holding a page back (its "partial output" turned off)
 * renders it into one growing buffer and makes a string of it: two arrays the size of the
 * page.
 */
public class HeldBackView extends ThymeleafView {

	@Override
	public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (response instanceof HeldBackResponse) {
			super.render(model, request, response);
			return;
		}
		HeldBackResponse page = new HeldBackResponse(response);
		super.render(model, request, page);
		page.writeTo(response);
	}

	/** Thymeleaf writes as it renders: into the chunks held back, not to the client. */
	@Override
	public boolean getProducePartialOutputWhileProcessing() {
		return true;
	}

	/** Has Boot's Thymeleaf view resolver make views of this class. */
	@Component
	static class Registration implements BeanPostProcessor {

		@Override
		public Object postProcessBeforeInitialization(Object bean, String beanName) {
			if (bean instanceof ThymeleafViewResolver resolver) {
				resolver.setViewClass(HeldBackView.class);
			}
			return bean;
		}

	}

}
