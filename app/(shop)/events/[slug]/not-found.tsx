import Link from "next/link";

export default function EventNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Event not found</h1>
      <Link href="/" className="text-brand-600 underline">
        See upcoming events
      </Link>
    </div>
  );
}
