package ua.relay.accounts;

/** The cargo services the company sells; orders name theirs, and cross-selling works on them. */
public enum CargoService {

	GROUPAGE, FULL_TRUCK, REFRIGERATED, PALLETS, WAREHOUSING, CUSTOMS, EXPRESS, INTERNATIONAL

}
