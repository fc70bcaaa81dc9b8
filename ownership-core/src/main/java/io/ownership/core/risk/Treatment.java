package io.ownership.core.risk;

/**
 * The four ways to treat a risk (ISO/IEC 27005: modify, retain, share, avoid), as the
 * security team recommends and the risk owner decides.
 */
public enum Treatment {

	MITIGATE, ACCEPT, TRANSFER, AVOID

}
