package ua.relay.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI relayOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Relay API")
				.version("v1")
				.description("The three-tier sales department: tier 1 call queue, tier 2 leads and deals, tier 3 "
						+ "clients, the organisation and its responsibility matrix. Errors are RFC 9457 problem "
						+ "details with a stable 'code'."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("A personal API token from POST /api/v1/me/tokens")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
