package ua.relay.conversion.domain;

public enum LeadStatus {

	NEW, ACCEPTED, REJECTED

}
