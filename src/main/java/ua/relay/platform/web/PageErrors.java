package ua.relay.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import ua.relay.platform.DomainException;

/** A business rule that says no on a page shows the error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	@ExceptionHandler(DomainException.class)
	String domain(DomainException ex, HttpServletResponse response, Model model) {
		response.setStatus(ApiProblems.statusOf(ex.kind()).value());
		model.addAttribute("status", response.getStatus());
		model.addAttribute("code", ex.code());
		return "error";
	}

}
