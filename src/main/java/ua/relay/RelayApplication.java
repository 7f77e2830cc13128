package ua.relay;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(systemName = "Relay", sharedModules = { "shared", "platform" })
public class RelayApplication {

	/** Runs Relay; {@code simulate …} runs the simulator from the command line instead (no server, no database). */
	public static void main(String[] args) {
		if (args.length > 0 && "simulate".equals(args[0])) {
			ua.relay.simulation.SimulatorCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out);
			return;
		}
		SpringApplication.run(RelayApplication.class, args);
	}

}
