import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

const styles = {
  body: { backgroundColor: "#f5f5f4", fontFamily: "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif", margin: 0 },
  container: { backgroundColor: "#ffffff", borderRadius: "12px", margin: "24px auto", maxWidth: "560px", padding: "32px 28px" },
  brand: { color: "#4338ca", fontSize: "14px", fontWeight: 700, letterSpacing: "0.08em", margin: "0 0 16px", textTransform: "uppercase" as const },
  footer: { color: "#57534e", fontSize: "12px", lineHeight: "18px", margin: "4px 0" },
};

/** The frame every Box Office email shares: brand, content, then a footer of notes. */
export function MailLayout({ lang, preview, children, footer }: { lang: string; preview: string; children: ReactNode; footer: string[] }) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Box Office</Text>
          {children}
          <Hr style={{ borderColor: "#e7e5e4", margin: "24px 0 12px" }} />
          <Section>
            {footer.map((line) => (
              <Text key={line} style={styles.footer}>
                {line}
              </Text>
            ))}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
