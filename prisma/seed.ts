// npm run db:seed — an idempotent, believable demo: four upcoming events, one ticket type almost sold out and
// one sold out. Running it again changes nothing that already exists.
import { closeDatabase, getDb } from "../lib/db";
import { convertHold, createTicketType, reserveSeats } from "../lib/inventory";

type DemoTicketType = { name: string; description: string; capacity: number; sold: number; amount: number };
type DemoEvent = { slug: string; name: string; venue: string; daysAhead: number; hour: number; description: string; ticketTypes: DemoTicketType[] };

const demoEvents: DemoEvent[] = [
  {
    slug: "midnight-orchestra",
    name: "Midnight Orchestra — Live at the Harbour",
    venue: "Harbour Hall, Rotterdam",
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
    daysAhead: 9,
    hour: 21,
    description: "Five comedians, one basement, no phones. Strictly 18+.",
    ticketTypes: [
      { name: "Table seat", description: "Reserved table near the stage", capacity: 30, sold: 27, amount: 2800 },
      { name: "Bar stool", description: "At the back, by the bar", capacity: 25, sold: 5, amount: 1800 },
    ],
  },
];

function startsAt(daysAhead: number, hour: number): Date {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + daysAhead);
  date.setUTCHours(hour, 0, 0, 0);
  return date;
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

async function seed() {
  const db = getDb();
  for (const demo of demoEvents) {
    const existing = await db.event.findUnique({ where: { slug: demo.slug } });
    if (existing) continue;
    const event = await db.event.create({
      data: {
        slug: demo.slug,
        name: demo.name,
        venue: demo.venue,
        startsAt: startsAt(demo.daysAhead, demo.hour),
        description: demo.description,
        imageUrl: `/images/${demo.slug}.svg`,
      },
    });
    for (const [index, type] of demo.ticketTypes.entries()) {
      const productId = `prod_demo_${demo.slug}_${index}`;
      const priceId = `price_demo_${demo.slug}_${index}`;
      await db.catalogProduct.upsert({
        where: { id: productId },
        create: { id: productId, name: `${demo.name} — ${type.name}`, imageUrl: `/images/${demo.slug}.svg` },
        update: {},
      });
      await db.catalogPrice.upsert({
        where: { id: priceId },
        create: { id: priceId, productId, currency: "eur", unitAmount: type.amount, type: "one_time" },
        update: {},
      });
      const ticketTypeId = await createTicketType({
        eventId: event.id,
        name: type.name,
        description: type.description,
        capacity: type.capacity,
        priceId,
        sortOrder: index,
      });
      await markSold(ticketTypeId, type.sold);
    }
    console.log(`Seeded ${demo.name}`);
  }
}

await seed();
await closeDatabase();
