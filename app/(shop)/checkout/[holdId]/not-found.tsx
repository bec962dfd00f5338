import { NotFoundMessage } from "@/components/layout/not-found-message";

export default function CheckoutNotFound() {
  return (
    <NotFoundMessage
      title="Checkout not found"
      body="This checkout does not exist, or it was started in another browser. If you paid, your tickets are in your confirmation email."
      links={[
        { href: "/", label: "See upcoming events" },
        { href: "/orders/lost", label: "Find your tickets" },
      ]}
    />
  );
}
