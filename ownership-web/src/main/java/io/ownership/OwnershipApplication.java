package io.ownership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Ownership: security ownership, shared responsibilities, guardrails and the champions
 * program.
 */
@SpringBootApplication
@EnableScheduling
public class OwnershipApplication {

	public static void main(String[] args) {
		SpringApplication.run(OwnershipApplication.class, args);
	}

}
