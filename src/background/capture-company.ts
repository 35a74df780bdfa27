/**
 * A company page with nobody on it: the capture panel offers to start a loop there — the company (with
 * the website and LinkedIn page the page gave) and the role, without a person yet. A loop already open
 * at that company for the same role is reused rather than doubled.
 */
import { findOrCreateCompany } from '../db/companies';
import { ValidationError } from '../db/errors';
import { createLoop, listLoopsByStatus } from '../db/loops';
import { write } from '../db/transaction';
import { nameKey } from '../domain/names';
import type { PayloadOf, Replies } from '../messages';
import { OPEN_STATUSES } from './capture-save';

export async function startLoopAtCompany(
  request: PayloadOf<'capture-start-loop'>,
): Promise<Replies['capture-start-loop']> {
  const name = request.company.name.trim();
  const role = request.role.trim();
  if (!name) throw new ValidationError('Type the name of the company.');
  if (!role) throw new ValidationError('Type the role you are interviewing for.');
  const domain = request.company.domain?.trim();
  const linkedinUrl = request.company.linkedinUrl?.trim();
  // The company and its loop land together: a stop between them must not leave a company with no loop.
  return write(async () => {
    const company = await findOrCreateCompany({
      name,
      ...(domain ? { domain } : {}),
      ...(linkedinUrl ? { linkedinUrl } : {}),
    });
    const open = await listLoopsByStatus(OPEN_STATUSES);
    const same = open.find((loop) => loop.companyId === company.id && nameKey(loop.role) === nameKey(role));
    if (same) return { loopId: same.id, company: company.name, loopRole: same.role, existing: true };
    const loop = await createLoop({ companyId: company.id, role, status: request.status });
    return { loopId: loop.id, company: company.name, loopRole: loop.role, existing: false };
  });
}
