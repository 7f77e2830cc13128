-- The texts of the e-mails that take documents to clients (a quote, an invoice), as the head worded them;
-- until then Relay's own. Who changed a text last, and when; each change is also in the audit trail.
create table platform_document_text (
    kind       varchar(20)              primary key,
    subject    varchar(300)             not null,
    body       varchar(4000)            not null,
    changed_at timestamp with time zone not null,
    changed_by varchar(64)
);
