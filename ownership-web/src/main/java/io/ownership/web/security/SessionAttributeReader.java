package io.ownership.web.security;

import java.util.Arrays;

import io.ownership.web.support.KeptMemory;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * Reads a stored session attribute (Java serialization, as Spring Session's JDBC store
 * writes it) once per distinct bytes for the two attributes every logged-in request
 * reads: the security context and the CSRF token. The bytes are compared whole, so a
 * session changed on any instance (another login, new roles, a new token) has other bytes
 * and is read afresh; equal bytes give an equal value. Each use gets a security context
 * of its own around the kept authentication (a logout empties its context), and the CSRF
 * token cannot change. Every other attribute (flash attributes, saved requests) is read
 * each time as before. Sessions written before stay readable: the format is unchanged.
 */
final class SessionAttributeReader implements Converter<byte[], Object> {

	/** The attribute values kept (the least recently read go first). */
	static final int KEPT = 2_000;

	private final Converter<byte[], Object> deserializer;

	private final KeptMemory<Bytes, Object> kept = new KeptMemory<>(KEPT, (value) -> 1);

	SessionAttributeReader(ClassLoader classLoader) {
		this.deserializer = new DeserializingConverter(classLoader);
	}

	/**
	 * Spring Session's conversions between attributes and bytes, with this reader.
	 * @param classLoader the application's class loader
	 * @return the conversion service for the session repository
	 */
	static GenericConversionService conversionService(ClassLoader classLoader) {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversions.addConverter(byte[].class, Object.class, new SessionAttributeReader(classLoader));
		return conversions;
	}

	@Override
	public Object convert(byte[] source) {
		Bytes key = new Bytes(source);
		Object value = this.kept.get(key);
		if (value == null) {
			value = this.deserializer.convert(source);
			if (value == null
					|| (value.getClass() != SecurityContextImpl.class && value.getClass() != DefaultCsrfToken.class)) {
				return value;
			}
			this.kept.put(key, value);
		}
		if (value instanceof SecurityContextImpl context) {
			return new SecurityContextImpl(context.getAuthentication());
		}
		return value;
	}

	int size() {
		return this.kept.size();
	}

	/** Bytes compared by their content. */
	private static final class Bytes {

		private final byte[] bytes;

		private final int hash;

		Bytes(byte[] bytes) {
			this.bytes = bytes;
			this.hash = Arrays.hashCode(bytes);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Bytes that && this.hash == that.hash && Arrays.equals(this.bytes, that.bytes);
		}

		@Override
		public int hashCode() {
			return this.hash;
		}

	}

}
