import Link from "next/link";

/** The branded "not found" body: what was not found, why that may be, and ways back (the first is the main one). */
export function NotFoundMessage({ title, body, links }: { title: string; body: string; links: { href: string; label: string }[] }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <p className="text-6xl font-black text-brand-600" aria-hidden="true">
        404
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-stone-700">{body}</p>
      <ul className="flex flex-wrap justify-center gap-3">
        {links.map((way, index) => (
          <li key={way.href}>
            <Link
              href={way.href}
              className={
                index === 0
                  ? "inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700"
                  : "inline-flex min-h-11 items-center rounded-lg border border-stone-300 bg-white px-5 font-medium hover:bg-stone-100"
              }
            >
              {way.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
