package ua.relay;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.party.NewCompany;
import ua.relay.party.SizeBand;
import ua.relay.prospecting.ProspectManagement;
import ua.relay.shared.Edrpou;
import ua.relay.shared.PhoneNumber;

/** Object mother for companies queued for tier 1, each new one with its own EDRPOU and phone. */
@Component
public class Prospects {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private final CompanyDirectory companies;

	private final ProspectManagement prospects;

	Prospects(CompanyDirectory companies, ProspectManagement prospects) {
		this.companies = companies;
		this.prospects = prospects;
	}

	public CompanyId queueOne() {
		return queue(1).get(0);
	}

	/** A prospect ahead of every ordinary one in the queue. */
	public CompanyId queueFirst() {
		return register(true, -1_000_000);
	}

	/** A prospect of the given industry, ahead of the ordinary ones. */
	public CompanyId queueIn(String industry) {
		return register(true, -1_000_000, industry);
	}

	/** A company known to Relay but not queued for calls, for tests that start at a later tier. */
	public CompanyId registerOne() {
		return register(false, 0);
	}

	public List<CompanyId> queue(int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj(i -> register(true, 0)).toList();
	}

	private CompanyId register(boolean queued, int priority) {
		return register(queued, priority, "Виробництво");
	}

	private CompanyId register(boolean queued, int priority, String industry) {
		while (true) {
			long n = SEQUENCE.incrementAndGet();
			var company = new NewCompany("Тест " + n, "ТОВ",
					Edrpou.withCheckDigit("%07d".formatted(5_000_000 + n % 4_000_000)), industry, SizeBand.SMALL,
					"Київська", "Київ", List.of(PhoneNumber.parse("+38067%07d".formatted(n % 10_000_000))), List.of());
			var registration = companies.register(company);
			if (registration.created()) {
				if (queued) {
					prospects.enqueue(registration.companyId(), priority);
				}
				return registration.companyId();
			}
		}
	}

}
