import { NotFoundMessage } from "@/components/layout/not-found-message";

export default function EventNotFound() {
  return <NotFoundMessage title="Event not found" body="We have no event at this address. It may have been renamed or removed." />;
}
