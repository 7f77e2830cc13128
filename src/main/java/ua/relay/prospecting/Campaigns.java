package ua.relay.prospecting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.platform.DomainException;
import ua.relay.prospecting.domain.DoNotCallRegistry;
import ua.relay.prospecting.domain.SelectionCriteria;
import ua.relay.prospecting.jdbc.CampaignStore;
import ua.relay.party.CompanyDirectory;
import ua.relay.party.CompanyId;
import ua.relay.salesorg.EmployeeId;

/**
 * Campaigns: whom to call (ordered include and exclude rules on industry, size, region, source), who
 * calls them and when. Whatever the rules say, some prospects are never in a queue: those closed in
 * tier 1 (handed over, refused, wrong number, out of attempts), those on the do-not-call list, and those
 * called within the cool-down. For any prospect the head can ask why it is, or is not, in a queue.
 */
@Service
public class Campaigns {

	private final CampaignStore store;

	private final DoNotCallRegistry doNotCall;

	private final CompanyDirectory companies;

	private final Clock clock;

	private final Duration coolDown;

	Campaigns(CampaignStore store, DoNotCallRegistry doNotCall, CompanyDirectory companies, Clock clock,
			ProspectingProperties settings) {
		this.store = store;
		this.doNotCall = doNotCall;
		this.companies = companies;
		this.clock = clock;
		this.coolDown = settings.coolDown();
	}

	public List<Campaign> all() {
		return store.all();
	}

	/** What each campaign's criteria brought, by campaign. */
	public Map<UUID, CampaignYield> yields() {
		return store.yields();
	}

	public Campaign get(UUID id) {
		return store.find(id).orElseThrow(() -> DomainException.notFound("campaign.not-found", "No campaign " + id));
	}

	/** Saves the campaign and hands the queued prospects out to the campaigns again. */
	@Transactional
	public void save(Campaign campaign) {
		store.save(campaign, clock.instant());
		store.reassign(store.all());
		snapshot = new Snapshot(List.of(), Instant.MIN);
	}

	/** How many queued prospects these rules select now, for the live count while editing. */
	public long count(List<SelectionRule> rules) {
		return store.count(new SelectionCriteria(rules));
	}

	/** The campaign a newly queued prospect belongs to, from the campaigns read at most a few seconds ago. */
	public Optional<UUID> campaignFor(SelectionCriteria.Facts facts) {
		return campaignFor(facts, recent());
	}

	/** The campaign a newly queued prospect belongs to: the first active one that selects it. */
	public Optional<UUID> campaignFor(SelectionCriteria.Facts facts, List<Campaign> campaigns) {
		return campaigns.stream()
			.filter(Campaign::active)
			.filter(c -> new SelectionCriteria(c.rules()).judge(facts).selected())
			.map(Campaign::id)
			.findFirst();
	}

	/**
	 * What the caller may be given now: their campaigns within calling hours, or the general pool. The
	 * campaigns are read at most every few seconds: every "next" asks, and they change rarely.
	 */
	public QueueScope scopeFor(EmployeeId caller) {
		var now = clock.instant().atZone(clock.getZone());
		var mine = recent().stream().filter(c -> c.callers().contains(caller)).toList();
		if (mine.isEmpty()) {
			return QueueScope.general();
		}
		return QueueScope.of(mine.stream().filter(c -> c.callsAt(now)).map(Campaign::id).toList());
	}

	private record Snapshot(List<Campaign> campaigns, Instant readAt) {
	}

	private static final Duration FRESH = Duration.ofSeconds(5);

	private volatile Snapshot snapshot = new Snapshot(List.of(), Instant.MIN);

	private List<Campaign> recent() {
		var now = clock.instant();
		var known = snapshot;
		if (known.readAt().plus(FRESH).isAfter(now) && !known.readAt().isAfter(now)) {
			return known.campaigns();
		}
		var read = store.all();
		snapshot = new Snapshot(read, now);
		return read;
	}

	public Instant coolDownCutoff() {
		return clock.instant().minus(coolDown);
	}

	/** Why the company with this EDRPOU or phone is, or is not, in a queue; empty if tier 1 does not know it. */
	public Optional<List<String>> explain(String codeOrPhone) {
		return companies.findByCodeOrPhone(codeOrPhone)
			.flatMap(store::prospectOf)
			.map(id -> explain(new ProspectId(id)));
	}

	/** Why a prospect is, or is not, in a queue: the built-in exclusions first, then each campaign's rules. */
	public List<String> explain(ProspectId prospect) {
		var facts = store.facts(prospect.value());
		var reasons = new ArrayList<String>();
		String status = (String) facts.get("status");
		if (!List.of("QUEUED", "RETRY", "CALLBACK").contains(status)) {
			reasons.add("not in any queue: closed in tier 1 as " + status);
			return reasons;
		}
		var company = new CompanyId(uuid(facts.get("company_id")));
		doNotCall.barredBecause(company, companies.getCard(company).phones())
			.ifPresent(why -> reasons.add("not in any queue: on the do-not-call list (" + why + ")"));
		Object lastCalled = facts.get("last_called_at");
		if ("QUEUED".equals(status) && lastCalled != null && instant(lastCalled).isAfter(coolDownCutoff())) {
			reasons.add("not handed out yet: called within the cool-down of " + coolDown.toDays() + " days");
		}
		var subject = new SelectionCriteria.Facts((String) facts.get("industry"), (String) facts.get("size_band"),
				(String) facts.get("region"), (String) facts.get("source"));
		UUID assigned = uuid(facts.get("campaign_id"));
		for (Campaign campaign : store.all()) {
			var verdict = new SelectionCriteria(campaign.rules()).judge(subject);
			String prefix = "campaign «" + campaign.name() + "»" + (campaign.active() ? "" : " (inactive)") + ": ";
			reasons.add(prefix + (verdict.selected() ? "selects it, because " : "leaves it out, because ") + verdict.because()
					+ (campaign.id().equals(assigned) ? " — it is in this campaign's queue" : ""));
		}
		if (assigned == null && reasons.stream().noneMatch(r -> r.startsWith("not in any queue"))) {
			reasons.add("it is in the general queue, for callers in no campaign");
		}
		return reasons;
	}

	private static UUID uuid(Object value) {
		return value == null ? null : value instanceof UUID id ? id : UUID.fromString(value.toString());
	}

	private static Instant instant(Object value) {
		if (value instanceof java.time.OffsetDateTime time) {
			return time.toInstant();
		}
		if (value instanceof java.sql.Timestamp time) {
			return time.toInstant();
		}
		return Instant.parse(value.toString());
	}

}
