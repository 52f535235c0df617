-- A booking mail carries its invitation (RFC 5546 REQUEST or CANCEL) as an attachment.
ALTER TABLE outbox ADD COLUMN invite TEXT;
