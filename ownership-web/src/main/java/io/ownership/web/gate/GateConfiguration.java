package io.ownership.web.gate;

import java.time.Clock;

import io.ownership.core.audit.AuditLog;
import io.ownership.core.gate.ApiTokenRepository;
import io.ownership.core.gate.ApiTokenService;
import io.ownership.core.gate.GateRepository;
import io.ownership.core.gate.GateService;
import io.ownership.core.notification.Notifier;
import io.ownership.core.risk.RiskAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gate feature's use cases as beans.
 */
@Configuration(proxyBeanMethods = false)
class GateConfiguration {

	@Bean
	ApiTokenService apiTokenService(ApiTokenRepository tokens, RiskAccess access, AuditLog audit, Clock clock) {
		return new ApiTokenService(tokens, access, audit, clock);
	}

	@Bean
	GateService gateService(GateRepository gate, RiskAccess access, Notifier notifier, AuditLog audit, Clock clock) {
		return new GateService(gate, access, notifier, audit, clock);
	}

}
