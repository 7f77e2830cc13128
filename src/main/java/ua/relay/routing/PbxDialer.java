package ua.relay.routing;

import java.io.IOException;

import ua.relay.shared.PhoneNumber;

/** Asks the PBX to ring the employee's extension and, once they pick up, to dial the number. */
interface PbxDialer {

	/** True when the PBX took the request; an exception says why it could not be reached or refused. */
	void dial(String extension, PhoneNumber number) throws IOException, InterruptedException;

}
