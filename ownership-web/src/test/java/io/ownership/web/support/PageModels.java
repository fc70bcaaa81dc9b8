package io.ownership.web.support;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;

import io.ownership.core.shared.Page;

/**
 * Reads a list from a rendered page's model in tests: a page whose model is one
 * view-model record ({@code page}) holds it as the record's component of that name; older
 * pages add it as a model attribute of its own.
 */
public final class PageModels {

	private PageModels() {
	}

	/**
	 * The list called {@code name}, or null when the model has none.
	 */
	public static Page<?> list(Map<String, Object> model, String name) {
		return (value(model, name) instanceof Page<?> page) ? page : null;
	}

	/**
	 * The value called {@code name}: the model attribute, or else the component of the
	 * page's view model; null when there is neither.
	 */
	public static Object value(Map<String, Object> model, String name) {
		if (model.containsKey(name)) {
			return model.get(name);
		}
		Object view = model.get("page");
		if (view == null || !view.getClass().isRecord()) {
			return null;
		}
		for (RecordComponent component : view.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				try {
					Method accessor = component.getAccessor();
					accessor.setAccessible(true);
					return accessor.invoke(view);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return null;
	}

}
