-- Every draft belongs to the account that created it (by username, which is never reused). Drafts stored before
-- accounts existed have no owner and are therefore visible to no one through the API until an owner is set here.
ALTER TABLE request_draft ADD COLUMN owner VARCHAR(64);

CREATE INDEX request_draft_owner ON request_draft (owner);
CREATE INDEX request_draft_requesting ON request_draft (requesting_state);
CREATE INDEX request_draft_requested ON request_draft (requested_state);
