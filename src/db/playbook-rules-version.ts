/** The playbook rules version a database's reminders are planned under (see playbook-rules.ts). */
export const PLAYBOOK_RULES = 2;
