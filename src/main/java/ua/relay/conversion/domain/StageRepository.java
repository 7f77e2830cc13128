package ua.relay.conversion.domain;

import java.util.List;

/** Where the pipeline's set-up is kept. */
public interface StageRepository {

	PipelineStages stages();

	/** Replaces the set-up; stages in use by deals may be renamed and moved, not removed. */
	void replace(List<Stage> stages);

	boolean inUse(String code);

}
