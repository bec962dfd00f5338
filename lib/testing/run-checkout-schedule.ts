// The randomized race harness: random schedules of reserve / pay / abandon / expire / sweep / webhook delivery
// across several holders and app instances, run against the real checkout code and database with FakeStripe in
// Stripe's place, each ending in the checkout invariants. Used by checkout-races.test.ts and bench/chaos.ts.
import fc from "fast-check";
import pg from "pg";
import { cancelCheckout } from "../checkout/cancel-checkout";
import { reconcileCheckoutSessions } from "../checkout/reconcile-checkout-sessions";
import { startCheckout } from "../checkout/start-checkout";
import { sweepExpiredHolds } from "../checkout/sweep-expired-holds";
import { getDb } from "../db";
import { isAppError } from "../errors";
import { dispatchEvent } from "../webhooks/dispatch-event";
import { reserveAttempt, scheduleScope, type FakeStripe, type ScheduleScope } from "./fake-stripe";
import { naiveReserve } from "./naive-reserve";

export type Step =
  | { kind: "reserve"; buyers: { holder: number; quantity: number }[]; fault: "ok" | "error" | "lost" }
  | { kind: "pay"; target: number; method: "card" | "delayed" }
  | { kind: "settle"; target: number; outcome: "succeeded" | "failed" }
  | { kind: "abandon"; target: number }
  | { kind: "timePasses"; target: number }
  | { kind: "stripeExpires"; target: number }
  | { kind: "sweep"; instances: number }
  | { kind: "deliver"; index: number; mode: "deliver" | "duplicate" | "drop" }
  | { kind: "reconcile" }
  | { kind: "payAtEnd"; target: number; instances: number };

const HOLDERS = 3;
export const SCHEDULE_SEATS = 5;

const target = fc.nat({ max: 20 });
export const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("reserve" as const), buyers: fc.array(fc.record({ holder: fc.nat({ max: HOLDERS - 1 }), quantity: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }), fault: fc.constantFrom("ok" as const, "ok" as const, "ok" as const, "error" as const, "lost" as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("pay" as const), target, method: fc.constantFrom("card" as const, "card" as const, "delayed" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("settle" as const), target, outcome: fc.constantFrom("succeeded" as const, "failed" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("abandon" as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("timePasses" as const), target }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("stripeExpires" as const), target }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("sweep" as const), instances: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("deliver" as const), index: fc.nat({ max: 10 }), mode: fc.constantFrom("deliver" as const, "deliver" as const, "duplicate" as const, "drop" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("reconcile" as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("payAtEnd" as const), target, instances: fc.integer({ min: 1, max: 2 }) }) },
);
export const scheduleArbitrary = fc.array(stepArbitrary, { minLength: 3, maxLength: 12 });

type Context = {
  fake: FakeStripe;
  scope: ScheduleScope;
  ticketTypeId: string;
  holds: string[];
  holderOf: Map<string, string>;
  holders: string[];
  path: "real" | "naive";
};

/**
 * Hands out each schedule's own stock: a ticket type of SCHEDULE_SEATS seats on an event, sold through `priceId`.
 * Made `batch` at a time (one statement each, through createTicketType's shape) so set-up is not a round trip per
 * schedule; every schedule still gets a ticket type nobody else touches.
 */
export function createScheduleStock({ eventId, priceId }: { eventId: string; priceId: string }, { batch = 64 } = {}): () => Promise<string> {
  const ready: string[] = [];
  let filling: Promise<void> | null = null;
  let fills = 0;
  const fill = async () => {
    // A long run grows and churns these tables faster than autovacuum notices (CI's server has it off): with no
    // statistics the planner scans every ticket for each check, and every released hold leaves a dead row in the
    // sweeper's (status, expires_at) index that each claim must visit, so a schedule gets slower the more ran
    // before it. Vacuum and analyze as the run goes, as autovacuum would on a real database.
    if (fills++ % 4 === 3) await getDb().$executeRaw`VACUUM (ANALYZE) seat, ticket, ticket_type, hold, hold_line, holder, "order"`;
    const rows = await getDb().$queryRaw<{ id: string }[]>`
      WITH created AS (
        INSERT INTO ticket_type (event_id, name, description, capacity, price_id, sort_order)
        SELECT ${eventId}::uuid, 'Race ' || gen_random_uuid(), '', ${SCHEDULE_SEATS}, ${priceId}, 0 FROM generate_series(1, ${batch})
        RETURNING id
      ), seats AS (
        INSERT INTO seat (ticket_type_id) SELECT created.id FROM created, generate_series(1, ${SCHEDULE_SEATS})
      )
      SELECT id FROM created`;
    ready.push(...rows.map((row) => row.id));
  };
  return async function takeScheduleStock() {
    while (ready.length === 0) {
      filling ??= fill().finally(() => (filling = null));
      await filling;
    }
    return ready.pop()!;
  };
}

/** Runs a schedule, lets the background work converge, and returns the broken invariants (empty = all held). */
export function runCheckoutSchedule(steps: Step[], options: { fake: FakeStripe; ticketTypeId: string; path?: "real" | "naive" }): Promise<string[]> {
  const scope: ScheduleScope = { sessions: new Set(), outbox: [] };
  return scheduleScope.run(scope, () => runInScope(steps, { ...options, scope }));
}

async function runInScope(steps: Step[], options: { fake: FakeStripe; scope: ScheduleScope; ticketTypeId: string; path?: "real" | "naive" }): Promise<string[]> {
  const ctx: Context = { fake: options.fake, scope: options.scope, ticketTypeId: options.ticketTypeId, holds: [], holderOf: new Map(), holders: Array.from({ length: HOLDERS }, () => crypto.randomUUID()), path: options.path ?? "real" };
  for (const step of steps) {
    await runStep(ctx, step);
    // Seats are checked as the schedule runs too: a lost seat may be put right by a later release and hide.
    if (step.kind === "reserve") {
      const broken = await findSeatProblems(ctx);
      if (broken.length > 0) return broken;
    }
  }
  // Convergence: the clock runs past every hold, the background jobs run; lost webhooks stay lost.
  await endHolds(ctx.holds);
  await sweep(2);
  await reconcileCheckoutSessions({ sinceHours: 1 }).catch(() => undefined);
  await sweep(1);
  // Batches run side by side: another schedule's sweeper may have claimed one of these holds and still be ending
  // it, its lease hiding the hold from this sweep. The invariant allows a sweep interval or two for that, so a few
  // more rounds (time passing past the lease) before judging; a hold that is really stuck stays stuck. The state
  // read to decide is the one judged when nothing is overdue: one query in the usual case.
  let state = await readScheduleState(ctx);
  for (let round = 0; round < 5 && findOverdueHolds(ctx, state.holds).length > 0; round++) {
    await new Promise((resolve) => setTimeout(resolve, 20 * (round + 1)));
    await endHolds(ctx.holds);
    await sweep(1);
    state = await readScheduleState(ctx);
  }
  return findBrokenInvariants(ctx, state);
}

/** Active holds of this schedule past their end whose payment is not still settling at Stripe. */
function findOverdueHolds(ctx: Context, holds: HoldRow[]): HoldRow[] {
  return holds.filter(
    (hold) =>
      hold.status === "active" &&
      (ctx.path === "naive" || (hold.checkoutSessionId ? ctx.fake.sessions.get(hold.checkoutSessionId) : undefined)?.intent !== "processing"),
  );
}

async function runStep(ctx: Context, step: Step): Promise<void> {
  // The harness knows each hold's session from Stripe's side (the idempotency key): no database read needed.
  const sessionOf = (index: number) => {
    const holdId = ctx.holds[index % Math.max(1, ctx.holds.length)];
    if (!holdId) return Promise.resolve(null);
    return Promise.resolve({ holdId, sessionId: ctx.fake.byKey.get(`checkout-${holdId}`) ?? null, holderId: ctx.holderOf.get(holdId) });
  };
  switch (step.kind) {
    case "reserve": {
      ctx.fake.nextCreate = step.fault;
      await Promise.all(step.buyers.map((buyer) => reserve(ctx, buyer.holder, buyer.quantity)));
      return;
    }
    case "pay": {
      const found = await sessionOf(step.target);
      if (found?.sessionId) ctx.fake.pay(found.sessionId, step.method);
      return;
    }
    case "settle": {
      const found = await sessionOf(step.target);
      if (found?.sessionId) ctx.fake.settle(found.sessionId, step.outcome);
      return;
    }
    case "abandon": {
      const found = await sessionOf(step.target);
      if (found) await cancelCheckout({ holdId: found.holdId, holderId: found.holderId }).catch(ignoreExpected);
      return;
    }
    case "timePasses": {
      const found = await sessionOf(step.target);
      if (found) await endHold(found.holdId);
      return;
    }
    case "stripeExpires": {
      const found = await sessionOf(step.target);
      if (found?.sessionId) ctx.fake.expire(found.sessionId);
      return;
    }
    case "sweep":
      return sweep(step.instances);
    case "deliver": {
      const mine = ctx.scope.outbox;
      const event = mine[step.index % Math.max(1, mine.length)];
      if (!event) return;
      if (step.mode !== "duplicate") mine.splice(mine.indexOf(event), 1);
      if (step.mode === "drop") return;
      await dispatchEvent({ id: `evt_${crypto.randomUUID()}`, type: event.type, data: { object: { id: event.sessionId } } } as never).catch(ignoreExpected);
      return;
    }
    case "reconcile":
      await reconcileCheckoutSessions({ sinceHours: 1 }).catch(ignoreExpected);
      return;
    case "payAtEnd": {
      const found = await sessionOf(step.target);
      if (!found?.sessionId) return;
      await endHold(found.holdId);
      const sessionId = found.sessionId;
      await Promise.all([Promise.resolve().then(() => ctx.fake.pay(sessionId, "card")), sweep(step.instances)]);
      return;
    }
  }
}

async function reserve(ctx: Context, holder: number, quantity: number) {
  if (ctx.path === "naive") {
    const before = await getDb().hold.findMany({ where: { holderId: "naive" }, select: { id: true } });
    await naiveReserve({ ticketTypeId: ctx.ticketTypeId, quantity }).catch(() => false);
    const after = await getDb().hold.findMany({ where: { holderId: "naive", lines: { some: { ticketTypeId: ctx.ticketTypeId } } }, select: { id: true } });
    for (const hold of after) if (!before.some((b) => b.id === hold.id) && !ctx.holds.includes(hold.id)) ctx.holds.push(hold.id);
    return;
  }
  const track = (holdId: string) => {
    if (!ctx.holds.includes(holdId)) ctx.holds.push(holdId);
    ctx.holderOf.set(holdId, ctx.holders[holder]!);
  };
  // Every hold startCheckout makes asks Stripe for a session (the reserve fails before that only when no hold was
  // made), so the ids Stripe saw are the holds of this attempt, without a database read.
  const attempted: string[] = [];
  try {
    const { holdId } = await reserveAttempt.run(attempted, () =>
      startCheckout({ holderId: ctx.holders[holder]!, items: [{ ticketTypeId: ctx.ticketTypeId, quantity }], uiMode: "hosted" }),
    );
    track(holdId);
  } catch (error) {
    if (!isAppError(error)) throw error;
    // A failed start may still have made a hold (released, or left for the sweeper): track it too.
    attempted.forEach(track);
  }
}

function ignoreExpected(error: unknown) {
  if (isAppError(error)) return;
  throw error;
}

async function endHold(holdId: string) {
  await endHolds([holdId]);
}

async function endHolds(holdIds: string[]) {
  if (holdIds.length === 0) return;
  await harnessQuery(endHoldsStatement, [holdIds]);
}

async function sweep(instances: number) {
  await Promise.all(Array.from({ length: instances }, () => sweepExpiredHolds()));
}

/**
 * The harness's own statements (the clock moved past holds, the invariant checks) run on a small pool of plain
 * connections as named prepared statements: each connection plans them once, where through Prisma every check was
 * parsed and planned again (the planning cost three times the execution) on top of Prisma's own work per query.
 * The checkout code under test keeps its own client. Closed by closeScheduleHarness.
 */
let harnessPool: pg.Pool | null = null;

async function harnessQuery<T extends pg.QueryResultRow>(statement: { name: string; text: string }, values: unknown[]): Promise<T[]> {
  harnessPool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  return (await harnessPool.query<T>({ ...statement, values })).rows;
}

/** Closes the harness's connections (call once its schedules are done). */
export async function closeScheduleHarness() {
  const pool = harnessPool;
  harnessPool = null;
  await pool?.end();
}

const endHoldsStatement = {
  name: "race_end_holds",
  text: `UPDATE hold SET expires_at = least(expires_at, now() - interval '1 second'), sweep_after = NULL WHERE id = ANY ($1::uuid[]) AND status = 'active'`,
};

// No seat in two holds or tickets, every hold has the seats it promised, sold + held + available = capacity.
// $1 is the schedule's ticket type.
const seatProblemsSql = `
    SELECT 'held seat outside an active hold' AS problem FROM seat s LEFT JOIN hold h ON h.id = s.hold_id
      WHERE s.ticket_type_id = $1::uuid AND s.status = 'held' AND (h.id IS NULL OR h.status <> 'active')
    UNION ALL SELECT 'sold seat outside a converted hold' FROM seat s LEFT JOIN hold h ON h.id = s.hold_id
      WHERE s.ticket_type_id = $1::uuid AND s.status = 'sold' AND (h.id IS NULL OR h.status <> 'converted')
    UNION ALL SELECT 'a hold does not have the seats it promised' FROM hold h JOIN hold_line l ON l.hold_id = h.id
      WHERE l.ticket_type_id = $1::uuid AND h.status IN ('active', 'converted')
        AND (SELECT count(*) FROM seat s WHERE s.hold_id = h.id) <> l.quantity
    UNION ALL SELECT 'seat ticketed twice' FROM ticket t JOIN seat s ON s.id = t.seat_id
      WHERE s.ticket_type_id = $1::uuid GROUP BY t.seat_id HAVING count(*) > 1
    UNION ALL SELECT 'sold + held + available <> capacity' FROM ticket_type t
      WHERE t.id = $1::uuid AND t.capacity <> (SELECT count(*) FROM seat s WHERE s.ticket_type_id = t.id AND s.status IN ('sold', 'held', 'available'))`;

const seatProblemsStatement = { name: "race_seat_problems", text: seatProblemsSql };

async function findSeatProblems(ctx: Context): Promise<string[]> {
  const rows = await harnessQuery<{ problem: string }>(seatProblemsStatement, [ctx.ticketTypeId]);
  return rows.map((row) => row.problem);
}

type HoldRow = { id: string; status: string; checkoutSessionId: string | null };
type OrderRow = { checkoutSessionId: string; status: string; tickets: number };
type ScheduleState = { problems: string[]; holds: HoldRow[]; orders: OrderRow[] };

// Everything the invariants look at for one schedule, read in one statement (one snapshot, one round trip).
// $1 the ticket type, $2 the schedule's holds, $3 its Checkout Sessions.
const scheduleStateStatement = {
  name: "race_schedule_state",
  text: `
    SELECT
      (SELECT coalesce(json_agg(p.problem), '[]') FROM (${seatProblemsSql}) p) AS problems,
      (SELECT coalesce(json_agg(json_build_object('id', h.id, 'status', h.status, 'checkoutSessionId', h.checkout_session_id)), '[]')
         FROM hold h WHERE h.id = ANY ($2::uuid[])) AS holds,
      (SELECT coalesce(json_agg(json_build_object('checkoutSessionId', o.checkout_session_id, 'status', o.status,
                'tickets', (SELECT count(*) FROM ticket t WHERE t.order_id = o.id))), '[]')
         FROM "order" o WHERE o.checkout_session_id = ANY ($3::text[])) AS orders`,
};

async function readScheduleState(ctx: Context): Promise<ScheduleState> {
  const [state] = await harnessQuery<ScheduleState>(scheduleStateStatement, [ctx.ticketTypeId, ctx.holds, [...ctx.scope.sessions]]);
  return state!;
}

function findBrokenInvariants(ctx: Context, { problems, holds, orders }: ScheduleState): string[] {
  const broken = [...problems];
  // Every session this schedule's holds made (the schedule's scope holds exactly those).
  const sessions = [...ctx.scope.sessions].map((id) => ctx.fake.sessions.get(id)!);
  for (const session of sessions) {
    const order = orders.find((o) => o.checkoutSessionId === session.id);
    if (session.paymentStatus === "paid") {
      if (!order) broken.push(`paid session ${session.id} has no order`);
      else if (order.status === "paid" && order.tickets !== session.quantity) broken.push(`order of ${session.id} has ${order.tickets} tickets for ${session.quantity} seats`);
    } else if (order) broken.push(`unpaid session ${session.id} has an order`);
    const hold = holds.find((h) => h.id === session.holdId);
    if (session.status === "open" && hold?.status !== "active") broken.push(`session ${session.id} is still payable but its hold is ${hold?.status}`);
  }
  for (const hold of findOverdueHolds(ctx, holds)) {
    const session = hold.checkoutSessionId ? ctx.fake.sessions.get(hold.checkoutSessionId) : undefined;
    broken.push(`hold ${hold.id} still active after its end (session ${session?.status ?? "none"})`);
  }
  return broken;
}
