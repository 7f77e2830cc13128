package ua.relay.conversion;

import java.util.List;
import java.util.Map;

import ua.relay.platform.tabular.ColumnGuess;

/**
 * What a column of an open deals' file may hold: one row is one deal in progress, named by its company
 * (and its EDRPOU where the file has it). The headings of Excel, another CRM's export (Bitrix24, HubSpot,
 * Pipedrive) and 1C are recognised in Ukrainian and English.
 */
public enum DealField {

	COMPANY(true, "компанія", "клієнт", "контрагент", "назва компанії", "назва", "company", "client", "organization",
			"organisation", "account"),
	EDRPOU(false, "єдрпоу", "код єдрпоу", "код за єдрпоу", "ідентифікаційний код", "код", "edrpou", "company code"),
	PHONE(false, "телефон", "тел", "номер телефону", "phone", "telephone"),
	STAGE(false, "етап", "стадія", "етап угоди", "стадія угоди", "статус", "stage", "deal stage", "status"),
	AMOUNT(false, "сума", "сума угоди", "бюджет", "сума, грн", "сума грн", "amount", "value", "deal value", "sum"),
	CLOSER(false, "менеджер", "відповідальний", "менеджер з продажу", "власник", "closer", "owner", "deal owner",
			"responsible", "manager"),
	EXPECTED_CLOSE(false, "очікувана дата закриття", "дата закриття", "очікувана дата", "закриття", "expected close",
			"close date", "expected close date"),
	NOTE(false, "примітка", "коментар", "опис", "назва угоди", "угода", "note", "comment", "description", "deal name",
			"deal");

	private final boolean required;

	private final List<String> headings;

	DealField(boolean required, String... headings) {
		this.required = required;
		this.headings = List.of(headings);
	}

	public boolean required() {
		return required;
	}

	/** Which column each field is in, as the headings say; a field no heading names is left out. */
	public static Map<DealField, Integer> guess(List<String> headings) {
		return ColumnGuess.guess(DealField.class, headings, field -> field.headings);
	}

}
