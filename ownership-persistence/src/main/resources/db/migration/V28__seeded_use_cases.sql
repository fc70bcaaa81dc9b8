-- Starting templates for a fresh installation: four security use cases in the security-as-a-service style,
-- each published as version 1 and satisfying the rules (one A and at least one R per activity). Parties are
-- roles that resolve per product, so no team or person has to exist yet. Security managers change them freely.

-- Vulnerability management
insert into use_case (id, name, description, mandatory, version) values ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'Vulnerability management', 'Finding and fixing vulnerabilities in code, third-party components, base images and the cluster, security as a service: the security team provides and runs the scanning tools, product teams fix what is theirs, the platform team keeps the platform patched, and the risk owner decides on what remains.', true, 0);
insert into use_case_product_kind (use_case_id, kind) values ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'BUSINESS_SERVICE');
insert into matrix_draft (use_case_id, revision, latest_version, changed_since_published) values ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 1, 1, false);
insert into matrix_version (use_case_id, number, published_at, published_by) values ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 1, now(), 'system');
insert into matrix_activity (use_case_id, id, position, name, description) values
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', 0, 'Provide and run SAST, SCA and container scanning tools', 'The security team offers the scanners as a service; the platform team runs them in every pipeline it hosts.'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', 1, 'Enforce the security gate in the delivery pipeline', 'Builds with findings above the gate level without an accepted risk do not deploy.'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', 2, 'Triage findings in code and dependencies', 'Decide for each finding whether it is real, how severe and by when it is fixed.'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', 3, 'Fix vulnerable code and update third-party components', 'Third-party components are owned by their vendor, but the product using them is responsible for updating them.'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '434f2a79-083e-59bd-aae9-687df2856cbf', 4, 'Patch base images and the cluster', 'The platform team publishes patched base images and patches the cluster; development teams rebuild and redeploy on the patched images.'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', 5, 'Accept residual risk', 'Within the guardrails the risk owner decides alone; outside them the decision is escalated.');
insert into matrix_party (use_case_id, id, position, role) values
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '82d0b36a-c476-515e-970c-5ac05b9cb423', 0, 'PRODUCT_SECURITY_TEAM'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 1, 'DEVELOPMENT_TEAM'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '6997493b-c792-5d0b-9bd8-e3ea08d70cdf', 2, 'PLATFORM_TEAM'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 3, 'RISK_OWNER'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 4, 'SECURITY_CHAMPION');
insert into matrix_cell (use_case_id, activity_id, party_id, letter) values
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'A'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'I'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', '6997493b-c792-5d0b-9bd8-e3ea08d70cdf', 'R'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 'I'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'R'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'I'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', '6997493b-c792-5d0b-9bd8-e3ea08d70cdf', 'A'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 'I'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'C'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'R'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 'A'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 'C'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'I'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'R'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 'A'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 'C'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '434f2a79-083e-59bd-aae9-687df2856cbf', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'I'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '434f2a79-083e-59bd-aae9-687df2856cbf', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'R'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '434f2a79-083e-59bd-aae9-687df2856cbf', '6997493b-c792-5d0b-9bd8-e3ea08d70cdf', 'A'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'C'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'R'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 'A'),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 'C');
insert into matrix_version_activity (use_case_id, id, position, name, description, number) values
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', 0, 'Provide and run SAST, SCA and container scanning tools', 'The security team offers the scanners as a service; the platform team runs them in every pipeline it hosts.', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', 1, 'Enforce the security gate in the delivery pipeline', 'Builds with findings above the gate level without an accepted risk do not deploy.', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', 2, 'Triage findings in code and dependencies', 'Decide for each finding whether it is real, how severe and by when it is fixed.', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', 3, 'Fix vulnerable code and update third-party components', 'Third-party components are owned by their vendor, but the product using them is responsible for updating them.', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '434f2a79-083e-59bd-aae9-687df2856cbf', 4, 'Patch base images and the cluster', 'The platform team publishes patched base images and patches the cluster; development teams rebuild and redeploy on the patched images.', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', 5, 'Accept residual risk', 'Within the guardrails the risk owner decides alone; outside them the decision is escalated.', 1);
insert into matrix_version_party (use_case_id, id, position, role, number) values
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '82d0b36a-c476-515e-970c-5ac05b9cb423', 0, 'PRODUCT_SECURITY_TEAM', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 1, 'DEVELOPMENT_TEAM', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '6997493b-c792-5d0b-9bd8-e3ea08d70cdf', 2, 'PLATFORM_TEAM', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 3, 'RISK_OWNER', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 4, 'SECURITY_CHAMPION', 1);
insert into matrix_version_cell (use_case_id, activity_id, party_id, letter, number) values
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'A', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'I', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', '6997493b-c792-5d0b-9bd8-e3ea08d70cdf', 'R', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '3e37767c-2846-5eb6-85c9-a6dd48448c2b', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 'I', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'R', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'I', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', '6997493b-c792-5d0b-9bd8-e3ea08d70cdf', 'A', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '9fb29ba1-aad0-5be3-9bd2-f674e6780290', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 'I', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'C', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'R', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 'A', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '36a81ef7-29b5-52af-8a24-6fe4e2f1c2eb', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 'C', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'I', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'R', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 'A', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '281079b4-139e-5d0a-b229-03d6aa9de3b6', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 'C', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '434f2a79-083e-59bd-aae9-687df2856cbf', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'I', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '434f2a79-083e-59bd-aae9-687df2856cbf', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'R', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', '434f2a79-083e-59bd-aae9-687df2856cbf', '6997493b-c792-5d0b-9bd8-e3ea08d70cdf', 'A', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', '82d0b36a-c476-515e-970c-5ac05b9cb423', 'C', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', '50e4eff8-4eef-54de-a7e0-bbbb9343610b', 'R', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', '381d1f1d-528c-5cbd-9ce1-7988712b4f73', 'A', 1),
    ('f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'dc842543-e67f-5e66-a76f-8ef8bdda31d2', 'e34f0c09-a952-5aff-aba0-c81927ebfbc9', 'C', 1);
insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary) values (now(), 'system', 'matrix.published', 'UseCase', 'f0d0ab17-922d-52f6-a3f0-5a4270ed1dfe', 'Vulnerability management: starting template published as version 1');

-- Incident management
insert into use_case (id, name, description, mandatory, version) values ('175e63f2-180a-589e-9827-73c7c9d9c793', 'Incident management', 'Detecting, containing and learning from security incidents affecting a product or the platform it runs on.', true, 0);
insert into use_case_product_kind (use_case_id, kind) values ('175e63f2-180a-589e-9827-73c7c9d9c793', 'BUSINESS_SERVICE');
insert into matrix_draft (use_case_id, revision, latest_version, changed_since_published) values ('175e63f2-180a-589e-9827-73c7c9d9c793', 1, 1, false);
insert into matrix_version (use_case_id, number, published_at, published_by) values ('175e63f2-180a-589e-9827-73c7c9d9c793', 1, now(), 'system');
insert into matrix_activity (use_case_id, id, position, name, description) values
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '6b115d9e-b0fa-557d-ba72-65f024cd99cd', 0, 'Detect and report security incidents', 'Alerts from the platform and the product are reported to the security team at once.'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', 1, 'Coordinate the incident response', null),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', 2, 'Contain and fix the incident in the product', null),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '7b8c4453-1293-5bd8-a03f-0e70f48eac0b', 3, 'Contain the incident on the platform', 'Isolate workloads, rotate credentials, restore from clean images.'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fe54dd48-97b5-5fac-89f8-6f84632b9495', 4, 'Inform customers and management', null),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', 5, 'Review the incident and follow up on lessons learned', null);
insert into matrix_party (use_case_id, id, position, role) values
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '43021919-f8a0-5807-bf63-efa0795e196c', 0, 'PRODUCT_SECURITY_TEAM'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 1, 'DEVELOPMENT_TEAM'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '0d642846-4303-5497-8eb1-874e127001c9', 2, 'PLATFORM_TEAM'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 3, 'RISK_OWNER'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fafae909-633e-579c-b071-63786fbe0cff', 4, 'PRODUCT_OWNER');
insert into matrix_cell (use_case_id, activity_id, party_id, letter) values
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '6b115d9e-b0fa-557d-ba72-65f024cd99cd', '43021919-f8a0-5807-bf63-efa0795e196c', 'A'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '6b115d9e-b0fa-557d-ba72-65f024cd99cd', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'R'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '6b115d9e-b0fa-557d-ba72-65f024cd99cd', '0d642846-4303-5497-8eb1-874e127001c9', 'R'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', '43021919-f8a0-5807-bf63-efa0795e196c', 'R'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'C'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', '0d642846-4303-5497-8eb1-874e127001c9', 'C'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 'A'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', 'fafae909-633e-579c-b071-63786fbe0cff', 'I'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', '43021919-f8a0-5807-bf63-efa0795e196c', 'C'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'R'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', '0d642846-4303-5497-8eb1-874e127001c9', 'C'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 'A'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '7b8c4453-1293-5bd8-a03f-0e70f48eac0b', '43021919-f8a0-5807-bf63-efa0795e196c', 'A'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '7b8c4453-1293-5bd8-a03f-0e70f48eac0b', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'I'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '7b8c4453-1293-5bd8-a03f-0e70f48eac0b', '0d642846-4303-5497-8eb1-874e127001c9', 'R'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fe54dd48-97b5-5fac-89f8-6f84632b9495', '43021919-f8a0-5807-bf63-efa0795e196c', 'C'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fe54dd48-97b5-5fac-89f8-6f84632b9495', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 'A'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fe54dd48-97b5-5fac-89f8-6f84632b9495', 'fafae909-633e-579c-b071-63786fbe0cff', 'R'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', '43021919-f8a0-5807-bf63-efa0795e196c', 'A'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'R'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', '0d642846-4303-5497-8eb1-874e127001c9', 'C'),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 'I');
insert into matrix_version_activity (use_case_id, id, position, name, description, number) values
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '6b115d9e-b0fa-557d-ba72-65f024cd99cd', 0, 'Detect and report security incidents', 'Alerts from the platform and the product are reported to the security team at once.', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', 1, 'Coordinate the incident response', null, 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', 2, 'Contain and fix the incident in the product', null, 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '7b8c4453-1293-5bd8-a03f-0e70f48eac0b', 3, 'Contain the incident on the platform', 'Isolate workloads, rotate credentials, restore from clean images.', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fe54dd48-97b5-5fac-89f8-6f84632b9495', 4, 'Inform customers and management', null, 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', 5, 'Review the incident and follow up on lessons learned', null, 1);
insert into matrix_version_party (use_case_id, id, position, role, number) values
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '43021919-f8a0-5807-bf63-efa0795e196c', 0, 'PRODUCT_SECURITY_TEAM', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 1, 'DEVELOPMENT_TEAM', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '0d642846-4303-5497-8eb1-874e127001c9', 2, 'PLATFORM_TEAM', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 3, 'RISK_OWNER', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fafae909-633e-579c-b071-63786fbe0cff', 4, 'PRODUCT_OWNER', 1);
insert into matrix_version_cell (use_case_id, activity_id, party_id, letter, number) values
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '6b115d9e-b0fa-557d-ba72-65f024cd99cd', '43021919-f8a0-5807-bf63-efa0795e196c', 'A', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '6b115d9e-b0fa-557d-ba72-65f024cd99cd', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'R', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '6b115d9e-b0fa-557d-ba72-65f024cd99cd', '0d642846-4303-5497-8eb1-874e127001c9', 'R', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', '43021919-f8a0-5807-bf63-efa0795e196c', 'R', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'C', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', '0d642846-4303-5497-8eb1-874e127001c9', 'C', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 'A', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '070042d9-b27d-5b58-8ade-7ea37b3f7e48', 'fafae909-633e-579c-b071-63786fbe0cff', 'I', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', '43021919-f8a0-5807-bf63-efa0795e196c', 'C', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'R', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', '0d642846-4303-5497-8eb1-874e127001c9', 'C', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '9b5d9d1a-7ec1-53c7-a89d-12d5488bd427', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 'A', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '7b8c4453-1293-5bd8-a03f-0e70f48eac0b', '43021919-f8a0-5807-bf63-efa0795e196c', 'A', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '7b8c4453-1293-5bd8-a03f-0e70f48eac0b', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'I', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', '7b8c4453-1293-5bd8-a03f-0e70f48eac0b', '0d642846-4303-5497-8eb1-874e127001c9', 'R', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fe54dd48-97b5-5fac-89f8-6f84632b9495', '43021919-f8a0-5807-bf63-efa0795e196c', 'C', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fe54dd48-97b5-5fac-89f8-6f84632b9495', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 'A', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'fe54dd48-97b5-5fac-89f8-6f84632b9495', 'fafae909-633e-579c-b071-63786fbe0cff', 'R', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', '43021919-f8a0-5807-bf63-efa0795e196c', 'A', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', 'bcdd0ca2-c7cd-5bc3-a3ef-391048fb0c85', 'R', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', '0d642846-4303-5497-8eb1-874e127001c9', 'C', 1),
    ('175e63f2-180a-589e-9827-73c7c9d9c793', 'b0c45681-928c-5eb9-a3c7-63cb62182e23', 'bcf5fbcc-2485-543a-9496-e2b6b6e96cec', 'I', 1);
insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary) values (now(), 'system', 'matrix.published', 'UseCase', '175e63f2-180a-589e-9827-73c7c9d9c793', 'Incident management: starting template published as version 1');

-- Security engineering
insert into use_case (id, name, description, mandatory, version) values ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'Security engineering', 'Building security in: requirements, architecture review and security testing.', false, 0);
insert into use_case_product_kind (use_case_id, kind) values ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'BUSINESS_SERVICE');
insert into use_case_product_kind (use_case_id, kind) values ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'PLATFORM');
insert into matrix_draft (use_case_id, revision, latest_version, changed_since_published) values ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 1, 1, false);
insert into matrix_version (use_case_id, number, published_at, published_by) values ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 1, now(), 'system');
insert into matrix_activity (use_case_id, id, position, name, description) values
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', 0, 'Define the product''s security requirements', 'Starting from the security requirements baseline the security team maintains.'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', 1, 'Review the architecture for security', null),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', 2, 'Implement security controls', null),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', 3, 'Test security (penetration tests, DAST)', null);
insert into matrix_party (use_case_id, id, position, role) values
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '1407c235-cb06-534e-9724-6e76f0f8b247', 0, 'DEVELOPMENT_TEAM'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 1, 'PRODUCT_SECURITY_TEAM'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 2, 'SECURITY_CHAMPION'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'bee592fd-fa48-52bc-a745-b2780841020b', 3, 'RISK_OWNER');
insert into matrix_cell (use_case_id, activity_id, party_id, letter) values
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', '1407c235-cb06-534e-9724-6e76f0f8b247', 'R'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 'C'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 'C'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', 'bee592fd-fa48-52bc-a745-b2780841020b', 'A'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', '1407c235-cb06-534e-9724-6e76f0f8b247', 'R'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 'C'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 'C'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', 'bee592fd-fa48-52bc-a745-b2780841020b', 'A'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', '1407c235-cb06-534e-9724-6e76f0f8b247', 'R'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 'C'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 'C'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', 'bee592fd-fa48-52bc-a745-b2780841020b', 'A'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', '1407c235-cb06-534e-9724-6e76f0f8b247', 'C'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 'R'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 'I'),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', 'bee592fd-fa48-52bc-a745-b2780841020b', 'A');
insert into matrix_version_activity (use_case_id, id, position, name, description, number) values
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', 0, 'Define the product''s security requirements', 'Starting from the security requirements baseline the security team maintains.', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', 1, 'Review the architecture for security', null, 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', 2, 'Implement security controls', null, 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', 3, 'Test security (penetration tests, DAST)', null, 1);
insert into matrix_version_party (use_case_id, id, position, role, number) values
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '1407c235-cb06-534e-9724-6e76f0f8b247', 0, 'DEVELOPMENT_TEAM', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 1, 'PRODUCT_SECURITY_TEAM', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 2, 'SECURITY_CHAMPION', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'bee592fd-fa48-52bc-a745-b2780841020b', 3, 'RISK_OWNER', 1);
insert into matrix_version_cell (use_case_id, activity_id, party_id, letter, number) values
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', '1407c235-cb06-534e-9724-6e76f0f8b247', 'R', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 'C', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 'C', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '0143ed94-2ac9-5520-beb1-6844d71a64c0', 'bee592fd-fa48-52bc-a745-b2780841020b', 'A', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', '1407c235-cb06-534e-9724-6e76f0f8b247', 'R', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 'C', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 'C', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'b25e30c2-5a8e-507f-b62f-ca61e9ce4d75', 'bee592fd-fa48-52bc-a745-b2780841020b', 'A', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', '1407c235-cb06-534e-9724-6e76f0f8b247', 'R', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 'C', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 'C', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '3f38addc-bb89-5301-aa6f-ccb6036f924d', 'bee592fd-fa48-52bc-a745-b2780841020b', 'A', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', '1407c235-cb06-534e-9724-6e76f0f8b247', 'C', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', '73ca11ca-1f8f-5684-a9fb-72fc1b1a331f', 'R', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', '59da30e6-b2d7-50e7-8eab-de1de5b54693', 'I', 1),
    ('ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', '6970f053-d6d0-5e12-86bd-ee5846981f33', 'bee592fd-fa48-52bc-a745-b2780841020b', 'A', 1);
insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary) values (now(), 'system', 'matrix.published', 'UseCase', 'ac2cc192-ef62-5da3-a30f-2c9f7d9991e9', 'Security engineering: starting template published as version 1');

-- Threat modeling during refinement
insert into use_case (id, name, description, mandatory, version) values ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'Threat modeling during refinement', 'The team threat-models new features while refining them, with its security champion; the security team is consulted on high-risk changes; the risk owner is accountable for the decisions.', false, 0);
insert into use_case_product_kind (use_case_id, kind) values ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'BUSINESS_SERVICE');
insert into use_case_product_kind (use_case_id, kind) values ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'PLATFORM');
insert into matrix_draft (use_case_id, revision, latest_version, changed_since_published) values ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 1, 1, false);
insert into matrix_version (use_case_id, number, published_at, published_by) values ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 1, now(), 'system');
insert into matrix_activity (use_case_id, id, position, name, description) values
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', 0, 'Threat-model new features during refinement', null),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', 1, 'Consult the security team on high-risk changes', null),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', 2, 'Decide how to treat the identified threats', 'Mitigate, accept, transfer or avoid; accepted threats become risks.'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '1199863a-5e72-576c-86cc-d01312120e55', 3, 'Record threats as backlog items and risks', null);
insert into matrix_party (use_case_id, id, position, role) values
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 0, 'DEVELOPMENT_TEAM'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 1, 'SECURITY_CHAMPION'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '5d936eb2-5ed5-5111-bbed-ed76f8fb3ebc', 2, 'PRODUCT_SECURITY_TEAM'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 3, 'RISK_OWNER');
insert into matrix_cell (use_case_id, activity_id, party_id, letter) values
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 'R'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 'R'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', '5d936eb2-5ed5-5111-bbed-ed76f8fb3ebc', 'I'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 'A'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 'R'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 'C'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', '5d936eb2-5ed5-5111-bbed-ed76f8fb3ebc', 'C'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 'A'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 'R'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 'C'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', '5d936eb2-5ed5-5111-bbed-ed76f8fb3ebc', 'C'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 'A'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '1199863a-5e72-576c-86cc-d01312120e55', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 'R'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '1199863a-5e72-576c-86cc-d01312120e55', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 'C'),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '1199863a-5e72-576c-86cc-d01312120e55', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 'A');
insert into matrix_version_activity (use_case_id, id, position, name, description, number) values
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', 0, 'Threat-model new features during refinement', null, 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', 1, 'Consult the security team on high-risk changes', null, 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', 2, 'Decide how to treat the identified threats', 'Mitigate, accept, transfer or avoid; accepted threats become risks.', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '1199863a-5e72-576c-86cc-d01312120e55', 3, 'Record threats as backlog items and risks', null, 1);
insert into matrix_version_party (use_case_id, id, position, role, number) values
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 0, 'DEVELOPMENT_TEAM', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 1, 'SECURITY_CHAMPION', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '5d936eb2-5ed5-5111-bbed-ed76f8fb3ebc', 2, 'PRODUCT_SECURITY_TEAM', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 3, 'RISK_OWNER', 1);
insert into matrix_version_cell (use_case_id, activity_id, party_id, letter, number) values
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 'R', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 'R', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', '5d936eb2-5ed5-5111-bbed-ed76f8fb3ebc', 'I', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'dfc47c9f-aca8-5b68-a729-cca90cc956ac', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 'A', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 'R', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 'C', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', '5d936eb2-5ed5-5111-bbed-ed76f8fb3ebc', 'C', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '10b522f6-9adc-543d-9e0b-feacfad0393c', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 'A', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 'R', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 'C', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', '5d936eb2-5ed5-5111-bbed-ed76f8fb3ebc', 'C', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '3a3ba2e6-1507-56b2-9cc6-dde73cece90c', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 'A', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '1199863a-5e72-576c-86cc-d01312120e55', '3ffa06fe-fb12-5fc9-ae55-0efe5fe736a1', 'R', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '1199863a-5e72-576c-86cc-d01312120e55', '144752f4-a3ee-5d59-bff0-cbf7ace45a34', 'C', 1),
    ('b1a0e73f-2b5a-5284-b414-292a6ba220ab', '1199863a-5e72-576c-86cc-d01312120e55', '9f0bf5ea-a5f5-5dbd-8e1f-bbfbff8836d2', 'A', 1);
insert into audit_event (occurred_at, actor, action, entity_type, entity_id, summary) values (now(), 'system', 'matrix.published', 'UseCase', 'b1a0e73f-2b5a-5284-b414-292a6ba220ab', 'Threat modeling during refinement: starting template published as version 1');
