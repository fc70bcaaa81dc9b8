package io.ownership.web.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session attribute read from its bytes: the same bytes give the same value without
 * being read again, other bytes (the session changed on another instance) give theirs,
 * and no request's change of what it read reaches another request.
 */
class SessionAttributeReaderTests {

	private final ConversionService conversions = SessionAttributeReader.conversionService(getClass().getClassLoader());

	private final SerializingConverter serializer = new SerializingConverter();

	@Test
	void aSessionChangedElsewhereIsReadWithItsNewRoles() {
		Object before = read(this.serializer.convert(context("alice", "ROLE_TEAM_MEMBER")));
		Object after = read(this.serializer.convert(context("alice", "ROLE_ADMIN")));
		assertThat(AuthorityUtils.authorityListToSet(((SecurityContext) before).getAuthentication().getAuthorities()))
			.containsExactly("ROLE_TEAM_MEMBER");
		assertThat(AuthorityUtils.authorityListToSet(((SecurityContext) after).getAuthentication().getAuthorities()))
			.containsExactly("ROLE_ADMIN");
	}

	@Test
	void equalBytesGiveTheKeptAuthenticationInAContextOfTheirOwn() {
		byte[] bytes = this.serializer.convert(context("bob", "ROLE_AUDITOR"));
		SecurityContext first = (SecurityContext) read(bytes);
		SecurityContext second = (SecurityContext) read(bytes.clone());
		assertThat(second.getAuthentication()).isSameAs(first.getAuthentication());
		// a logout empties the request's context
		first.setAuthentication(null);
		SecurityContext third = (SecurityContext) read(bytes.clone());
		assertThat(third.getAuthentication().getName()).isEqualTo("bob");
		assertThat(second.getAuthentication().getName()).isEqualTo("bob");
	}

	@Test
	void theCsrfTokenIsKeptAndOtherAttributesAreReadEachTime() {
		byte[] token = this.serializer.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "secret"));
		assertThat(read(token)).isSameAs(read(token.clone()));
		assertThat(((CsrfToken) read(token)).getToken()).isEqualTo("secret");
		// flash attributes are a list that the reading request changes
		byte[] list = this.serializer.convert(new ArrayList<>(List.of("saved")));
		@SuppressWarnings("unchecked")
		List<String> first = (List<String>) read(list);
		first.clear();
		assertThat(read(list)).isNotSameAs(first).isEqualTo(List.of("saved"));
	}

	private Object read(byte[] bytes) {
		return this.conversions.convert(bytes, TypeDescriptor.valueOf(byte[].class),
				TypeDescriptor.valueOf(Object.class));
	}

	private static SecurityContext context(String name, String role) {
		User user = new User(name, "", AuthorityUtils.createAuthorityList(role));
		return new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
