package ua.relay.routing;

/** What a website's contact form sends: the company, a phone (required), an e-mail, a contact, the message. */
public record WebFormLead(String company, String phone, String email, String contact, String message) {
}
