package ua.relay.accounts;

import java.util.List;
import java.util.Map;

import ua.relay.platform.tabular.ColumnGuess;

/**
 * What a column of an existing clients' file may hold: one row is one past order of a client, the client
 * named by the company (and its EDRPOU where the file has it). The headings Excel, LibreOffice and a 1C
 * export give them are recognised in Ukrainian and English.
 */
public enum ClientField {

	COMPANY(true, "компанія", "клієнт", "контрагент", "покупець", "назва", "найменування", "company", "client", "customer",
			"name", "counterparty"),
	EDRPOU(false, "єдрпоу", "код єдрпоу", "код за єдрпоу", "ідентифікаційний код", "код", "edrpou", "company code"),
	PHONE(false, "телефон", "тел", "номер телефону", "phone", "telephone"),
	ORDERED_ON(true, "дата", "дата замовлення", "дата документа", "дата реалізації", "date", "order date"),
	SERVICE(false, "послуга", "номенклатура", "вид послуги", "service"),
	DESCRIPTION(false, "опис", "зміст", "коментар", "примітка", "description", "comment"),
	AMOUNT(true, "сума", "сума з пдв", "сума, грн", "сума грн", "всього", "amount", "total", "sum"),
	MANAGER(false, "менеджер", "відповідальний", "менеджер з клієнтів", "manager", "account manager");

	private final boolean required;

	private final List<String> headings;

	ClientField(boolean required, String... headings) {
		this.required = required;
		this.headings = List.of(headings);
	}

	public boolean required() {
		return required;
	}

	/** Which column each field is in, as the headings say; a field no heading names is left out. */
	public static Map<ClientField, Integer> guess(List<String> headings) {
		return ColumnGuess.guess(ClientField.class, headings, field -> field.headings);
	}

}
