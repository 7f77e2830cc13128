package ua.relay.prospecting;

/**
 * What a campaign's criteria brought: its prospects' hand-overs, and those tier 2 accepted or rejected.
 * The criteria are judged by the accepted ones.
 */
public record CampaignYield(long handedOver, long accepted, long rejected) {

	public Double acceptedPercent() {
		return handedOver == 0 ? null : 100.0 * accepted / handedOver;
	}

}
