import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../shared/zod-vi';
import { policies } from '../../domain/policies';
import { idParams, okBody } from '../../shared/schemas/common';
import { addWorkingDaysQuery, calendarDayInput, calendarDayView, calendarYearQuery, calendarYearView } from '../../shared/schemas/calendar';
import { addCalendarDay, calendarYear, removeCalendarDay, workingDaysAfter } from '../services/calendar-service';

/** The agency's working-day calendar: days off and swapped working days. */
export async function calendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = () => app.ctx.database.db;

  r.get('/api/calendar', {
    config: { policy: policies.calendar.read },
    schema: { tags: ['calendar'], summary: 'Ngày nghỉ lễ, Tết, nghỉ bù và ngày làm việc bù của một năm (lịch quốc gia và của cơ quan)', querystring: calendarYearQuery, response: { 200: calendarYearView } },
  }, async (req) => calendarYear(db(), req.actor!, req.query.year));

  r.get('/api/calendar/add-working-days', {
    config: { policy: policies.calendar.read },
    schema: {
      tags: ['calendar'], summary: 'Ngày sau (hoặc trước, nếu số âm) một số ngày làm việc, theo lịch của cơ quan', querystring: addWorkingDaysQuery,
      response: { 200: z.object({ from: z.string(), days: z.number(), date: z.string() }) },
    },
  }, async (req) => workingDaysAfter(db(), req.actor!, req.query.from, req.query.days));

  r.post('/api/calendar/days', {
    config: { policy: policies.calendar.write },
    schema: { tags: ['calendar'], summary: 'Thêm một ngày nghỉ hoặc ngày làm việc bù vào lịch của cơ quan', body: calendarDayInput, response: { 201: calendarDayView } },
  }, async (req, reply) => reply.status(201).send(await addCalendarDay(db(), req.actor!, req.body)));

  r.delete('/api/calendar/days/:id', {
    config: { policy: policies.calendar.write },
    schema: { tags: ['calendar'], summary: 'Xoá một ngày cơ quan đã thêm (không xoá được ngày của lịch quốc gia: thêm ngày ngược lại)', params: idParams, response: { 200: okBody } },
  }, async (req) => removeCalendarDay(db(), req.actor!, req.params.id));
}
