/**
 * GET /files/:id — a document's content for a logged-in reader of its village (Authorization: Bearer, as for
 * GraphQL), as an attachment with its own type and name, never sniffed or rendered by the browser. A file that
 * does not exist and one the reader may not see get the very same answer (404, same body), so that ids cannot be
 * probed for what exists in other villages.
 */
import express, { type Request, type Response } from 'express';
import { forkEm, type Orm } from '../../../db/orm.js';
import { CodedError } from '../../../errors.js';
import { checkVillageRole } from '../../reference/auth/access.js';
import { authenticate } from '../../reference/auth/authenticate.js';
import { Scheme } from '../scheme/scheme.entity.js';
import { attachmentDisposition } from './document.disposition.js';
import { findDocument } from './document.service.js';

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 404, NOT_FOUND: 404 };
const HIDDEN = { code: 'NOT_FOUND', message: '没有这个文件，或您无权查看；请从方案的步骤中重新打开' };

export function documentRouter(orm: Orm, secret: Uint8Array): express.Router {
  const router = express.Router();
  router.get('/:id', async (req: Request, res: Response) => {
    try {
      await sendDocument(orm, secret, req, res);
    } catch (error) {
      if (!(error instanceof CodedError) || !STATUS[String(error.extensions.code)]) throw error;
      const code = String(error.extensions.code);
      if (code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
      const shown = code === 'UNAUTHENTICATED' ? { code, message: error.message } : HIDDEN;
      res.status(STATUS[code]!).json({ errors: [{ message: shown.message, extensions: { code: shown.code } }] });
    }
  });
  return router;
}

async function sendDocument(orm: Orm, secret: Uint8Array, req: Request, res: Response): Promise<void> {
  const em = forkEm(orm);
  const { user, problem } = await authenticate(em, secret, req.headers.authorization);
  if (!user) throw new CodedError('UNAUTHENTICATED', problem ?? '请先登录后再下载文件');
  const doc = await findDocument(em, String(req.params.id));
  const scheme = await em.findOneOrFail(Scheme, { id: doc.decisionStep.scheme.id }, { populate: ['village.township.county'] });
  checkVillageRole(user, scheme.village, null);
  await em.populate(doc, ['content']);
  res.status(200);
  res.setHeader('Content-Type', doc.mimeType);
  res.setHeader('Content-Length', String(doc.content.length));
  res.setHeader('Content-Disposition', attachmentDisposition(doc.fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(doc.content);
}
