import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg space-y-3 px-4 py-16">
      <h1 className="text-2xl font-bold">Not allowed</h1>
      <p>This page is for Box Office staff. If you should have access, ask an admin.</p>
      <Link href="/" className="text-brand-700 underline">
        Back to the shop
      </Link>
    </main>
  );
}
