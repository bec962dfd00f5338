// npm run db:seed — an idempotent, believable demo: four upcoming events (one ticket type almost sold out, one
// sold out) sold through Stripe prices, and a membership plan. The catalog is created in Stripe (the emulator
// when no key is set) and mirrored into the database. Running it again changes nothing that already exists.
import { ensureCatalogPrice } from "../lib/catalog/ensure-catalog-price";
import { closeDatabase, getDb } from "../lib/db";
import { getEnv } from "../lib/env";
import { zonedWallTimeToDate } from "../lib/events/time-zone";
import { convertHold, createTicketType, reserveSeats } from "../lib/inventory";

type DemoTicketType = { name: string; description: string; capacity: number; sold: number; amount: number; memberAmount?: number };
type DemoEvent = {
  slug: string;
  name: string;
  venue: string;
  /** The venue's IANA zone: `hour` is its wall-clock time there, and pages show times in it. */
  timeZone: string;
  daysAhead: number;
  hour: number;
  description: string;
  ticketTypes: DemoTicketType[];
  /** A members-only presale that opened this many hours ago and lasts this many days. */
  presale?: { openedHoursAgo: number; days: number };
};

const demoEvents: DemoEvent[] = [
  {
    slug: "members-presale-night",
    name: "Aurora Quartet — Members' Presale",
    venue: "Concertgebouw Recital Hall, Amsterdam",
    timeZone: "Europe/Amsterdam",
    daysAhead: 60,
    hour: 19,
    description: "An intimate string-quartet evening. Members buy first, and pay the member price for the stalls.",
    presale: { openedHoursAgo: 2, days: 3 },
    ticketTypes: [
      { name: "Stalls", description: "Seated, rows A–P", capacity: 150, sold: 10, amount: 4500, memberAmount: 3600 },
      { name: "Circle", description: "Seated, first floor", capacity: 80, sold: 0, amount: 3200 },
    ],
  },
  {
    slug: "midnight-orchestra",
    name: "Midnight Orchestra — Live at the Harbour",
    venue: "Harbour Hall, Rotterdam",
    timeZone: "Europe/Amsterdam",
    daysAhead: 21,
    hour: 20,
    description: "A late-night symphonic set under the cranes: film scores, minimalism and one surprise guest.",
    ticketTypes: [
      { name: "Standing", description: "Floor, first come first served", capacity: 400, sold: 120, amount: 3900 },
      { name: "Balcony", description: "Seated, great view of the stage", capacity: 120, sold: 60, amount: 5900 },
      { name: "VIP", description: "Front rows, drink and programme included", capacity: 20, sold: 18, amount: 12900 },
    ],
  },
  {
    slug: "future-web-talks",
    name: "Future of Web Talks 2027",
    venue: "Kulturbrauerei, Berlin",
    timeZone: "Europe/Berlin",
    daysAhead: 45,
    hour: 9,
    description: "A day of talks on the web platform, performance and accessibility, with lunch and an evening meetup.",
    ticketTypes: [
      { name: "Conference day", description: "All talks, lunch and coffee", capacity: 250, sold: 90, amount: 24900 },
      { name: "Student", description: "Valid student ID at the door", capacity: 40, sold: 40, amount: 4900 },
    ],
  },
  {
    slug: "spring-folk-festival",
    name: "Spring Folk Festival",
    venue: "Meadow Park, Utrecht",
    timeZone: "Europe/Amsterdam",
    daysAhead: 120,
    hour: 12,
    description: "Three stages, twenty bands and a food market. Children under 12 go free with an adult.",
    ticketTypes: [
      { name: "Day pass", description: "Saturday or Sunday", capacity: 1000, sold: 240, amount: 4500 },
      { name: "Weekend pass", description: "Both days", capacity: 500, sold: 497, amount: 7900 },
      { name: "Camping add-on", description: "Pitch for one tent, two nights", capacity: 80, sold: 12, amount: 2500 },
    ],
  },
  {
    slug: "comedy-cellar-night",
    name: "Comedy Cellar Night",
    venue: "The Vault, Amsterdam",
    timeZone: "Europe/Amsterdam",
    daysAhead: 9,
    hour: 21,
    description: "Five comedians, one basement, no phones. Strictly 18+.",
    ticketTypes: [
      { name: "Table seat", description: "Reserved table near the stage", capacity: 30, sold: 27, amount: 2800 },
      { name: "Bar stool", description: "At the back, by the bar", capacity: 25, sold: 5, amount: 1800 },
    ],
  },
];

// `hour` o'clock at the venue, `daysAhead` days from today.
function startsAt(daysAhead: number, hour: number, timeZone: string): Date {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + daysAhead);
  return zonedWallTimeToDate({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour }, timeZone);
}

async function markSold(ticketTypeId: string, count: number) {
  for (let left = count; left > 0; left -= 100) {
    const quantity = Math.min(100, left);
    const hold = await reserveSeats(
      { holderId: "seed", items: [{ ticketTypeId, quantity }] },
      { maxSeatsPerOrder: 100, maxActiveHolds: 1 },
    );
    await convertHold({ holdId: hold.holdId });
  }
}

// Round demo conversions the way a seller would price them: to ¥100.
function eurCentsToYen(cents: number) {
  return Math.round((cents / 100) * 1.6) * 100;
}

async function seedMembership() {
  const product = { name: "Box Office Membership", description: "Presale access and no booking fees, all year." };
  const monthly = await ensureCatalogPrice({
    lookupKey: "membership_monthly",
    product,
    currency: "eur",
    unitAmount: 900,
    currencyOptions: { jpy: 1500 },
    recurring: { interval: "month" },
    nickname: "Monthly",
  });
  const productId = typeof monthly.product === "string" ? monthly.product : monthly.product.id;
  await ensureCatalogPrice({ lookupKey: "membership_yearly", productId, product, currency: "eur", unitAmount: 9000, currencyOptions: { jpy: 15000 }, recurring: { interval: "year" }, nickname: "Yearly" });
  await ensureCatalogPrice({
    lookupKey: "membership_setup_fee",
    product: { name: "Membership setup fee", description: "One-time, with the first membership payment." },
    currency: "eur",
    unitAmount: 1500,
    currencyOptions: { jpy: 2500 },
    nickname: "Setup fee",
  });
}

async function seed() {
  await seedMembership();
  const db = getDb();
  for (const demo of demoEvents) {
    const event = await db.event.upsert({
      where: { slug: demo.slug },
      // A database seeded before venues had zones gets them.
      update: { timeZone: demo.timeZone },
      create: {
        slug: demo.slug,
        name: demo.name,
        venue: demo.venue,
        timeZone: demo.timeZone,
        startsAt: startsAt(demo.daysAhead, demo.hour, demo.timeZone),
        description: demo.description,
        imageUrl: `/images/${demo.slug}.svg`,
        ...(demo.presale
          ? {
              presaleStartsAt: new Date(Date.now() - demo.presale.openedHoursAgo * 3600_000),
              generalSaleAt: new Date(Date.now() + demo.presale.days * 24 * 3600_000),
            }
          : {}),
      },
    });
    for (const [index, type] of demo.ticketTypes.entries()) {
      const price = await ensureCatalogPrice({
        lookupKey: `ticket_${demo.slug.replaceAll("-", "_")}_${index}`,
        product: {
          name: `${demo.name} — ${type.name}`,
          description: type.description,
          images: [new URL(`/images/${demo.slug}.svg`, getEnv().APP_URL).toString()],
          metadata: { event_slug: demo.slug },
        },
        currency: "eur",
        unitAmount: type.amount,
        currencyOptions: { jpy: eurCentsToYen(type.amount), usd: Math.round(type.amount * 1.08) },
      });
      // A member price is its own Stripe price, found by its lookup key at checkout.
      const memberPriceLookupKey = type.memberAmount ? `ticket_${demo.slug.replaceAll("-", "_")}_${index}_member` : null;
      if (memberPriceLookupKey && type.memberAmount) {
        await ensureCatalogPrice({
          lookupKey: memberPriceLookupKey,
          productId: typeof price.product === "string" ? price.product : price.product.id,
          product: { name: `${demo.name} — ${type.name}` },
          currency: "eur",
          unitAmount: type.memberAmount,
          currencyOptions: { jpy: eurCentsToYen(type.memberAmount), usd: Math.round(type.memberAmount * 1.08) },
          nickname: "Member price",
        });
      }
      // Existing ticket types keep their stock; only their price links follow the catalog.
      const existing = await db.ticketType.findUnique({ where: { eventId_name: { eventId: event.id, name: type.name } } });
      if (existing) {
        if (existing.priceId !== price.id || existing.memberPriceLookupKey !== memberPriceLookupKey) {
          await db.ticketType.update({ where: { id: existing.id }, data: { priceId: price.id, memberPriceLookupKey } });
        }
        continue;
      }
      const ticketTypeId = await createTicketType({
        eventId: event.id,
        name: type.name,
        description: type.description,
        capacity: type.capacity,
        priceId: price.id,
        sortOrder: index,
      });
      if (memberPriceLookupKey) await db.ticketType.update({ where: { id: ticketTypeId }, data: { memberPriceLookupKey } });
      await markSold(ticketTypeId, type.sold);
    }
    console.log(`Seeded ${demo.name}`);
  }
}

await seed();
await closeDatabase();
