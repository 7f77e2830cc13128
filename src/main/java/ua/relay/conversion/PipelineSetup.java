package ua.relay.conversion;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ua.relay.conversion.domain.ConversionException;
import ua.relay.conversion.domain.PipelineStages;
import ua.relay.conversion.domain.Stage;
import ua.relay.conversion.domain.StageRepository;

/**
 * The head of sales sets up tier 2's pipeline: names the stages in both languages, orders them, gives
 * each its usual odds, adds and removes open stages. A stage with deals in it cannot be removed, and
 * there is always one won and one lost stage.
 */
@Service
public class PipelineSetup {

	private final StageRepository stages;

	PipelineSetup(StageRepository stages) {
		this.stages = stages;
	}

	public PipelineStages stages() {
		return stages.stages();
	}

	@Transactional
	public PipelineStages replace(List<Stage> wanted) {
		PipelineStages pipeline;
		try {
			pipeline = new PipelineStages(wanted);
		}
		catch (IllegalArgumentException ex) {
			throw ConversionException.invalid("pipeline.invalid", ex.getMessage());
		}
		for (Stage current : stages.stages().all()) {
			if (pipeline.find(current.code()).isEmpty() && stages.inUse(current.code())) {
				throw ConversionException.invalid("pipeline.stage-in-use",
						"Deals are in the stage " + current.code() + ": move them before removing it");
			}
		}
		stages.replace(pipeline.all());
		return pipeline;
	}

}
