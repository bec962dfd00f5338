import { NotFoundMessage } from "@/components/layout/not-found-message";

export default function OrderNotFound() {
  return (
    <NotFoundMessage
      title="Order not found"
      body="This ticket link is not valid. Check that you copied the whole link from your confirmation email, or have the links to your orders emailed to you."
      links={[
        { href: "/orders/lost", label: "Find your tickets" },
        { href: "/", label: "See upcoming events" },
      ]}
    />
  );
}
