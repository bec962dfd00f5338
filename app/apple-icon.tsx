import { ImageResponse } from "next/og";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

// The favicon's ticket on a full-bleed square (iOS rounds the corners itself).
const ticket = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="8 15 48 34">
  <path d="M12 19H52V28A4 4 0 0 0 52 36V45H12V36A4 4 0 0 0 12 28Z" fill="#fff"/>
  <path d="M38 22V42" stroke="#4338ca" stroke-width="2.5" stroke-dasharray="3 3"/>
  <path d="M24 25.5l1.9 3.9 4.3.6-3.1 3 .7 4.3-3.8-2-3.8 2 .7-4.3-3.1-3 4.3-.6z" fill="#f59e0b"/>
</svg>`;

export default function AppleIcon() {
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#4338ca" }}>
        <img src={`data:image/svg+xml;base64,${Buffer.from(ticket).toString("base64")}`} width={132} height={93} alt="" />
      </div>
    ),
    size,
  );
}
