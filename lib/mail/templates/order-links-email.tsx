import { Heading, Link, Section, Text } from "@react-email/components";
import { MailLayout } from "./mail-layout";

export type OrderLinksProps = {
  lang: string;
  texts: { preview: string; heading: string; intro: string; footer: string[] };
  orders: { url: string; title: string; detail: string }[];
};

const text = { color: "#1c1917", fontSize: "15px", lineHeight: "22px", margin: "0 0 12px" };

/** "I lost my link": one email listing every order made with an address, each with its link. */
export function OrderLinksEmail({ lang, texts, orders }: OrderLinksProps) {
  return (
    <MailLayout lang={lang} preview={texts.preview} footer={texts.footer}>
      <Heading as="h1" style={{ color: "#1c1917", fontSize: "24px", margin: "0 0 12px" }}>
        {texts.heading}
      </Heading>
      <Text style={text}>{texts.intro}</Text>
      {orders.map((order) => (
        <Section key={order.url} style={{ borderTop: "1px solid #e7e5e4", padding: "10px 0" }}>
          <Link href={order.url} style={{ color: "#4338ca", fontSize: "16px", fontWeight: 600 }}>
            {order.title}
          </Link>
          <Text style={{ ...text, color: "#57534e", fontSize: "13px", margin: "2px 0 0" }}>{order.detail}</Text>
          {/* The address spelled out, for HTML mail; the plain-text part gives it with the link already. Broken
              anywhere: the token alone is wider than a 320 px screen. */}
          <Text
            data-html-only
            style={{ ...text, color: "#57534e", fontSize: "12px", margin: "2px 0 0", wordBreak: "break-all" }}
          >
            {order.url}
          </Text>
        </Section>
      ))}
    </MailLayout>
  );
}
