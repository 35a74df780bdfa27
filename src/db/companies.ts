import { collapseWhitespace, nameKey } from '../domain/names';
import type { Company } from '../domain/types';
import { database } from './database';
import { NotFoundError } from './errors';
import { newId, write } from './transaction';
import { CompanyInput, parse } from './validate';

/** The company of that name (ignoring case and spacing), created when new. */
export async function findOrCreateCompany(input: unknown): Promise<Company> {
  const data = parse('Company', CompanyInput, input);
  return write(async () => {
    const db = database();
    const existing = await db.companies.where('nameKey').equals(nameKey(data.name)).first();
    if (existing) {
      const patch: Partial<Company> = {};
      if (data.domain && !existing.domain) patch.domain = data.domain;
      if (data.linkedinUrl && !existing.linkedinUrl) patch.linkedinUrl = data.linkedinUrl;
      if (Object.keys(patch).length === 0) return existing;
      const updated = { ...existing, ...patch, updatedAt: Date.now() };
      await db.companies.put(updated);
      return updated;
    }
    const now = Date.now();
    const company: Company = {
      id: newId(),
      name: collapseWhitespace(data.name),
      nameKey: nameKey(data.name),
      notes: data.notes,
      createdAt: now,
      updatedAt: now,
      ...(data.domain ? { domain: data.domain } : {}),
      ...(data.linkedinUrl ? { linkedinUrl: data.linkedinUrl } : {}),
    };
    await db.companies.add(company);
    return company;
  });
}

export async function getCompany(id: string): Promise<Company> {
  const company = await database().companies.get(id);
  if (!company) throw new NotFoundError('That company is no longer saved.');
  return company;
}

export async function listCompanies(): Promise<Company[]> {
  return database().companies.orderBy('nameKey').toArray();
}
