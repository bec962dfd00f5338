import Link from "next/link";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-4">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <img src="/icon.svg" alt="" width={28} height={28} />
          Box Office
        </Link>
        <Link href="/orders/lost" className="text-sm text-stone-700 underline-offset-4 hover:underline">
          Find your tickets
        </Link>
      </nav>
    </header>
  );
}
