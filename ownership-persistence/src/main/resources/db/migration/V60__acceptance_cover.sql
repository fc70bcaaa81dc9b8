-- An acceptance counts as cover iff status = 'ACTIVE' and marked_for_review = false and expires_on >= current_date
-- (docs/risk.md). A risk whose active acceptance was marked for review before this rule is open again, not accepted.
update risk r set status = 'OPEN', version = r.version + 1
where r.status = 'ACCEPTED'
  and exists (select 1 from risk_acceptance a where a.risk_id = r.id and a.status = 'ACTIVE' and a.marked_for_review);

-- The approval requests' notifications are marked read by their link when the request is decided.
create index ix_notification_unread_link on notification (link) where read_at is null;
