import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/get-current-user";
import { SignOutButton } from "./sign-out-button";

/** The header of account pages: where to go, and who is signed in. */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Box Office
        </Link>
        <AccountLinks signedInAs={user?.email} />
      </nav>
    </header>
  );
}

/** Membership / account / sign-in links, for any header. */
export function AccountLinks({ signedInAs }: { signedInAs?: string }) {
  return (
    <div className="flex items-center gap-4 text-sm">
      <Link href="/membership" className="underline-offset-4 hover:underline">
        Membership
      </Link>
      {signedInAs ? (
        <>
          <Link href="/account" className="underline-offset-4 hover:underline">
            Your account
          </Link>
          <SignOutButton />
        </>
      ) : (
        <Link href="/sign-in" className="underline-offset-4 hover:underline">
          Sign in
        </Link>
      )}
    </div>
  );
}
