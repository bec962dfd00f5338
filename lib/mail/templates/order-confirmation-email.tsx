import { Button, Column, Heading, Img, Row, Section, Text } from "@react-email/components";
import { MailLayout } from "./mail-layout";

export type OrderConfirmationProps = {
  lang: string;
  texts: {
    preview: string;
    heading: string;
    intro: string;
    orderNumber: string;
    when: string;
    where: string;
    date: string;
    venue: string;
    total: string;
    totalLabel: string;
    button: string;
    calendarNote: string | null;
    ticketLabel: string;
    footer: string[];
  };
  orderUrl: string;
  /** Empty for an order that will be refunded. */
  tickets: { code: string; ticketTypeName: string; qrCid: string; qrAlt: string }[];
};

const text = { color: "#1c1917", fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" };
const label = {
  color: "#57534e",
  fontSize: "12px",
  margin: "0",
  textTransform: "uppercase" as const,
  letterSpacing: "0.06em",
};

/** The order confirmation: what was bought, when and where, the link to the tickets and each ticket's QR code. */
export function OrderConfirmationEmail({ lang, texts, orderUrl, tickets }: OrderConfirmationProps) {
  return (
    <MailLayout lang={lang} preview={texts.preview} footer={texts.footer}>
      <Heading as="h1" style={{ color: "#1c1917", fontSize: "24px", lineHeight: "30px", margin: "0 0 8px" }}>
        {texts.heading}
      </Heading>
      <Text style={{ ...text, color: "#57534e" }}>{texts.orderNumber}</Text>
      <Text style={text}>{texts.intro}</Text>
      <Section style={{ backgroundColor: "#fafaf9", borderRadius: "8px", margin: "16px 0", padding: "12px 16px" }}>
        {/* Top-aligned: a cell is centred by default, so on a phone a date that wraps to three lines pushed "Where" down
            beside it. The gutter keeps a date line that fills its column ("Wed, Dec 9, 2026,") off the venue. */}
        <Row>
          <Column valign="top" style={{ verticalAlign: "top", paddingRight: "12px" }}>
            <Text style={label}>{texts.when}</Text>
            <Text style={{ ...text, margin: "2px 0 10px" }}>{texts.date}</Text>
          </Column>
          <Column valign="top" style={{ verticalAlign: "top" }}>
            <Text style={label}>{texts.where}</Text>
            <Text style={{ ...text, margin: "2px 0 10px" }}>{texts.venue}</Text>
          </Column>
        </Row>
        <Text style={label}>{texts.totalLabel}</Text>
        <Text style={{ ...text, margin: "2px 0 0" }}>{texts.total}</Text>
      </Section>
      <Button
        href={orderUrl}
        style={{
          backgroundColor: "#4338ca",
          borderRadius: "8px",
          color: "#ffffff",
          fontSize: "15px",
          fontWeight: 600,
          padding: "12px 20px",
        }}
      >
        {texts.button}
      </Button>
      {/* For mail clients that draw no button; the plain-text part already gives the address with the button's text. */}
      {/* The token has no break opportunities: without break-all it would widen the mail past a 320 px screen. */}
      <Text data-html-only style={{ ...text, fontSize: "13px", marginTop: "8px", wordBreak: "break-all" }}>
        {orderUrl}
      </Text>
      {tickets.map((ticket) => (
        // The code under its QR code, not beside it: side by side they need more than a 320 px screen has (mail
        // clients ignore media queries too often to switch layouts by width).
        <Section
          key={ticket.code}
          style={{ border: "1px solid #e7e5e4", borderRadius: "8px", margin: "12px 0", padding: "12px" }}
        >
          <Img src={`cid:${ticket.qrCid}`} width="160" height="160" alt={ticket.qrAlt} style={{ margin: "0 0 8px" }} />
          <Text style={label}>{texts.ticketLabel}</Text>
          <Text style={{ ...text, fontWeight: 600, margin: "2px 0" }}>{ticket.ticketTypeName}</Text>
          <Text style={{ ...text, fontFamily: "Menlo, Consolas, monospace", letterSpacing: "0.1em", margin: "0" }}>
            {ticket.code}
          </Text>
        </Section>
      ))}
      {texts.calendarNote && <Text style={{ ...text, fontSize: "13px" }}>{texts.calendarNote}</Text>}
    </MailLayout>
  );
}
