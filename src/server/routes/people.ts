import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { personRules, policies } from '../../domain/policies';
import type { PersonStatus } from '../../domain/org/codes';
import { idParams } from '../../shared/schemas/common';
import { peoplePage, peopleQuery, personDetail, personInput, personUpdate, statusChangeInput, transferInput } from '../../shared/schemas/people';
import { getAssignments, getPerson, listPeople } from '../../db/queries/people';
import { changePersonStatus, createPerson, transferPerson, updatePerson } from '../services/people-service';
import { notFound } from '../errors';

export async function peopleRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;

  r.get('/api/people', {
    config: { policy: policies.people.read },
    schema: {
      tags: ['people'],
      summary: 'Danh sách cán bộ (tìm không dấu, lọc, phân trang; sắp xếp theo tên rồi họ)',
      querystring: peopleQuery,
      response: { 200: peoplePage },
    },
  }, async (req) => listPeople(db(), req.scope, req.query));

  r.get('/api/people/:id', {
    config: { policy: policies.people.read },
    schema: { tags: ['people'], summary: 'Hồ sơ một cán bộ, kèm quá trình công tác', params: idParams, response: { 200: personDetail } },
  }, async (req) => {
    const person = await getPerson(db(), req.scope, req.params.id);
    if (!person) throw notFound('cán bộ');
    const abilities = personRules.abilities(req.actor, {
      id: person.id, agencyId: req.actor!.agencyId, unitId: person.unitId, personId: person.id, status: person.status as PersonStatus,
    }, req.unitTree ?? []);
    return { ...person, assignments: await getAssignments(db(), person.id), abilities };
  });

  r.post('/api/people', {
    config: { policy: policies.people.write },
    schema: { tags: ['people'], summary: 'Thêm cán bộ', body: personInput },
  }, async (req, reply) => reply.status(201).send(await createPerson(db(), req.actor!, req.scope, req.body)));

  r.patch('/api/people/:id', {
    config: { policy: policies.people.write },
    schema: { tags: ['people'], summary: 'Sửa thông tin cán bộ', params: idParams, body: personUpdate },
  }, async (req) => updatePerson(db(), req.actor!, req.scope, req.params.id, req.body));

  r.post('/api/people/:id/transfer', {
    config: { policy: policies.people.write },
    schema: { tags: ['people'], summary: 'Điều chuyển cán bộ sang đơn vị khác', params: idParams, body: transferInput },
  }, async (req) => transferPerson(db(), req.actor!, req.scope, req.params.id, req.body));

  r.post('/api/people/:id/status', {
    config: { policy: policies.people.write },
    schema: { tags: ['people'], summary: 'Chuyển công tác ra ngoài hoặc nghỉ hưu', params: idParams, body: statusChangeInput },
  }, async (req) => changePersonStatus(db(), req.actor!, req.scope, req.params.id, req.body));
}
