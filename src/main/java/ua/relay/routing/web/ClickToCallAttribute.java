package ua.relay.routing.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import ua.relay.routing.ClickToCall;

/** Every page learns where to send a clicked number: to the PBX when one is configured, nowhere (tel:) else. */
@ControllerAdvice
class ClickToCallAttribute {

	private final ClickToCall clickToCall;

	ClickToCallAttribute(ClickToCall clickToCall) {
		this.clickToCall = clickToCall;
	}

	@ModelAttribute("dialUrl")
	String dialUrl() {
		return clickToCall.enabled() ? "/telephony/dial" : null;
	}

}
